/** React access to the session store of the app's QueryClient (see session-store.ts). */
import { useEffect, useSyncExternalStore } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import {
  sessionStoreFor,
  type PermissionAction,
  type SessionSnapshot,
  type SessionStore,
} from './session-store'

export function useSessionStore(): SessionStore {
  return sessionStoreFor(useQueryClient())
}

export function useSessionSnapshot(): SessionSnapshot {
  const store = useSessionStore()
  return useSyncExternalStore(store.subscribe, store.getSnapshot)
}

/** True once the server refused this action with 403: the UI should stop offering it. */
export function usePermissionDenied(action: PermissionAction): boolean {
  return useSessionSnapshot().denied.has(action)
}

/**
 * A form registers how to write its draft right now; the "session expired" dialog calls it before it
 * leaves for the login page, so the latest keystrokes survive the round-trip.
 */
export function useSaveDraftBeforeSignIn(saveNow: () => void): void {
  const store = useSessionStore()
  useEffect(() => store.registerDraftSaver(saveNow), [store, saveNow])
}
