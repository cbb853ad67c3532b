import { useEffect } from 'react'
import { useBlocker } from 'react-router'
import { isLeavingOnPurpose } from '../../session/page-navigation'

/**
 * Asks before leaving a form with real changes: in-app navigation through the router's blocker (our
 * own dialog), closing or reloading the tab through the browser's beforeunload prompt. `isDirty` is read at
 * the moment of leaving, so undone edits or a just-finished save never cause a false alarm.
 */
export function useUnsavedChangesGuard(isDirty: () => boolean) {
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && isDirty(),
  )
  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      // Not when the app leaves for the SSO login (draft just written) or signs out (drafts discarded).
      if (isDirty() && !isLeavingOnPurpose()) event.preventDefault()
    }
    window.addEventListener('beforeunload', onBeforeUnload)
    return () => window.removeEventListener('beforeunload', onBeforeUnload)
  }, [isDirty])
  return blocker
}
