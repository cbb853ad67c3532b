import { Suspense, useEffect, useState } from 'react'
import { useRuntimeConfig } from '../runtime-config'
import { lazyOptional, preloadAfterStart } from '../../lib/lazy-parts'
import { SessionBanners } from '../../features/session/session-banners'
import { useSessionSnapshot, useSessionStore } from '../../features/session/use-session'
import { useSignInAgain } from '../../features/session/use-sign-in-again'

const loadDialog = async () =>
  (await import('../../features/session/session-expired-dialog')).SessionExpiredDialog
const SessionExpiredDialog = lazyOptional(loadDialog)

/** The shell's part of the SSO story: the "session expired" dialog and the offline/expired banners. */
export function SessionNotices() {
  const store = useSessionStore()
  const { expired, dialogOpen } = useSessionSnapshot()
  const signIn = useSignInAgain(useRuntimeConfig())
  // In memory long before a session can expire; should it still fail, the banner offers the sign-in.
  useEffect(() => preloadAfterStart(loadDialog), [])
  // Mounted from the first open on, so closing keeps the dialog's exit transition.
  const [mounted, setMounted] = useState(false)
  if (dialogOpen && !mounted) setMounted(true)
  return (
    <>
      <SessionBanners expired={expired !== null && !dialogOpen} onSignIn={signIn} />
      {mounted ? (
        <Suspense fallback={null}>
          <SessionExpiredDialog open={dialogOpen} onSignIn={signIn} onLater={() => store.closeDialog()} />
        </Suspense>
      ) : null}
    </>
  )
}
