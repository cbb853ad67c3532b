/**
 * Unsaved form drafts in sessionStorage, so a reload or an SSO round-trip does not lose typed input.
 * Session (not local) storage: drafts stay in the tab that made them and vanish when it closes.
 * Reused outside the form: saving drafts when the session expires, clearing all of them on sign-out.
 * A draft belongs to the user who typed it: another user signed in on the same tab never sees it.
 */
import * as z from 'zod/mini'

const PREFIX = 'kanbert.draft.contact.'

/** `new` for the create form, the contact id otherwise. */
export type DraftId = string

export interface Draft {
  /** Id of the signed-in user who typed it (null when whoami could not say). */
  owner: string | null
  /** The form values as typed. */
  values: unknown
  /** The values the form started from, so a restore can still send only what the user changed. */
  base: unknown
  /** `updated_at` of the contact the draft was based on (null for a new contact). */
  basedOn: string | null
  savedAt: string
}

const draftSchema = z.object({
  owner: z.nullable(z.string()),
  values: z.unknown(),
  base: z.unknown(),
  basedOn: z.nullable(z.string()),
  savedAt: z.string(),
})

export function draftKey(id: DraftId): string {
  return `${PREFIX}${id}`
}

// Storage can be disabled or full; a draft is a safety net, so failing to write it must not break the form.
function storage(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

export function saveDraft(id: DraftId, draft: Omit<Draft, 'savedAt'>): void {
  try {
    storage()?.setItem(draftKey(id), JSON.stringify({ ...draft, savedAt: new Date().toISOString() }))
  } catch {
    // quota exceeded: keep the form working
  }
}

function readDraft(key: string): Draft | null {
  const raw = storage()?.getItem(key)
  if (!raw) return null
  try {
    const parsed = draftSchema.safeParse(JSON.parse(raw))
    return parsed.success ? { ...parsed.data, values: parsed.data.values, base: parsed.data.base } : null
  } catch {
    return null
  }
}

/** The draft of `owner`; another user's draft (or one of unknown owner) is deleted unread. */
export function loadDraft(id: DraftId, owner: string | null): Draft | null {
  const draft = readDraft(draftKey(id))
  if (draft?.owner === owner) return draft
  clearDraft(id)
  return null
}

export function clearDraft(id: DraftId): void {
  storage()?.removeItem(draftKey(id))
}

function draftKeys(store: Storage): string[] {
  return Array.from({ length: store.length }, (_, index) => store.key(index)).filter(
    (key): key is string => key?.startsWith(PREFIX) === true,
  )
}

/** On sign-out: another person may use this tab next. */
export function clearAllDrafts(): void {
  const store = storage()
  if (!store) return
  for (const key of draftKeys(store)) store.removeItem(key)
}

/** The proxy's session is `owner`'s now (signed in again, maybe as someone else): drop everyone else's. */
export function clearDraftsOfOtherUsers(owner: string): void {
  const store = storage()
  if (!store) return
  for (const key of draftKeys(store)) if (readDraft(key)?.owner !== owner) store.removeItem(key)
}
