import { useEffect, useRef, useSyncExternalStore } from 'react'
import { useGuardedHistory } from './app-router'
import type { ShouldBlock } from './guarded-history'

export type Blocker =
  | { state: 'unblocked'; proceed?: undefined; reset?: undefined }
  | { state: 'blocked'; proceed: () => void; reset: () => void }

/**
 * Holds in-app navigation (links, `navigate()`, back/forward) while `shouldBlock` says so, like
 * react-router's data-router `useBlocker`: the caller shows a dialog and calls `proceed` or `reset`.
 * `shouldBlock` is read at the moment of navigating, so it may close over the latest form state.
 */
export function useBlocker(shouldBlock: ShouldBlock): Blocker {
  const guarded = useGuardedHistory()
  const latest = useRef(shouldBlock)
  useEffect(() => {
    latest.current = shouldBlock
  })
  useEffect(() => guarded.setShouldBlock((args) => latest.current(args)), [guarded])
  const pending = useSyncExternalStore(guarded.subscribe, guarded.pending)
  return pending ? { state: 'blocked', ...pending } : { state: 'unblocked' }
}
