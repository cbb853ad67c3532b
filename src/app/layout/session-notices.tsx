import { useRuntimeConfig } from '../runtime-config'
import { SessionBanners } from '../../features/session/session-banners'
import { SessionExpiredDialog } from '../../features/session/session-expired-dialog'
import { useSessionSnapshot, useSessionStore } from '../../features/session/use-session'
import { useSignInAgain } from '../../features/session/use-sign-in-again'

/** The shell's part of the SSO story: the "session expired" dialog and the offline/expired banners. */
export function SessionNotices() {
  const store = useSessionStore()
  const { expired, dialogOpen } = useSessionSnapshot()
  const signIn = useSignInAgain(useRuntimeConfig())
  return (
    <>
      <SessionBanners expired={expired !== null && !dialogOpen} onSignIn={signIn} />
      <SessionExpiredDialog open={dialogOpen} onSignIn={signIn} onLater={() => store.closeDialog()} />
    </>
  )
}
