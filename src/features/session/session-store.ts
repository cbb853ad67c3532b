/**
 * What the SSO proxy has told this tab about its session: whether it has expired (and whether the user
 * has seen the dialog about it), which writes it refused with 403, and which forms hold unsaved drafts
 * that must be written before the page is left for the login.
 *
 * One store per QueryClient (looked up with `sessionStoreFor`), so the query layer that notices the
 * errors and the components that show them share it, and every test starts from a fresh one.
 */
import type { QueryClient } from '@tanstack/react-query'

export const permissionActions = ['edit', 'archive', 'create'] as const
export type PermissionAction = (typeof permissionActions)[number]

export function isPermissionAction(value: unknown): value is PermissionAction {
  return typeof value === 'string' && (permissionActions as readonly string[]).includes(value)
}
export type ExpiryReason = 'unauthenticated' | 'login-redirect'

export interface SessionSnapshot {
  expired: ExpiryReason | null
  /** The "session expired" dialog; "Not now" closes it and leaves a banner instead. */
  dialogOpen: boolean
  /** Writes the server refused with 403 during this page's life. */
  denied: ReadonlySet<PermissionAction>
}

export type DraftSaver = () => void

export interface SessionStore {
  getSnapshot: () => SessionSnapshot
  subscribe: (listener: () => void) => () => void
  markExpired: (reason: ExpiryReason) => void
  closeDialog: () => void
  deny: (action: PermissionAction) => void
  /** Forms register how to write their draft now; returns the unregister function. */
  registerDraftSaver: (saver: DraftSaver) => () => void
  /** Writes every mounted form's draft (before leaving for the login page). */
  saveDrafts: () => void
}

export function createSessionStore(): SessionStore {
  let snapshot: SessionSnapshot = { expired: null, dialogOpen: false, denied: new Set() }
  const listeners = new Set<() => void>()
  const savers = new Set<DraftSaver>()
  const set = (next: Partial<SessionSnapshot>) => {
    snapshot = { ...snapshot, ...next }
    for (const listener of listeners) listener()
  }
  return {
    getSnapshot: () => snapshot,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    markExpired: (reason) => {
      if (snapshot.expired === reason && snapshot.dialogOpen) return
      set({ expired: snapshot.expired ?? reason, dialogOpen: true })
    },
    closeDialog: () => set({ dialogOpen: false }),
    deny: (action) => {
      if (snapshot.denied.has(action)) return
      set({ denied: new Set([...snapshot.denied, action]) })
    },
    registerDraftSaver: (saver) => {
      savers.add(saver)
      return () => savers.delete(saver)
    },
    saveDrafts: () => {
      for (const saver of savers) {
        try {
          saver()
        } catch {
          // One form failing to write must not keep the others from saving theirs.
        }
      }
    },
  }
}

const stores = new WeakMap<QueryClient, SessionStore>()

export function attachSessionStore(queryClient: QueryClient, store: SessionStore): void {
  stores.set(queryClient, store)
}

/** The store created with this QueryClient (see app/query-client.ts). */
export function sessionStoreFor(queryClient: QueryClient): SessionStore {
  const store = stores.get(queryClient)
  if (!store) throw new Error('This QueryClient has no session store: create it with createQueryClient()')
  return store
}
