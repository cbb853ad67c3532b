import { buildLoginUrl, type RuntimeConfig } from '../../lib/config'
import { leavePage } from './page-navigation'
import { useReturnPath } from './use-return-path'
import { useSessionStore } from './use-session'

/** Writes every open form's draft, then goes to the SSO login (or reloads when none is configured). */
export function useSignInAgain(config: RuntimeConfig): () => void {
  const store = useSessionStore()
  const returnPath = useReturnPath()
  return () => {
    store.saveDrafts()
    leavePage(buildLoginUrl(config, returnPath))
  }
}
