import { useHref, useLocation } from 'react-router'
import { safeReturnPath } from './safe-return-path'

/** Where the login should bring the user back to: this page, as a same-origin path under the app's base. */
export function useReturnPath(basePath: string = import.meta.env.BASE_URL): string {
  const { pathname, search, hash } = useLocation()
  const href = useHref({ pathname, search, hash })
  return safeReturnPath(href, basePath) ?? basePath
}
