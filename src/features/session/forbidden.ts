import { HttpError, SessionExpiredError } from '../../lib/api-errors'

/**
 * For a read's `throwOnError` on pages that handle their own errors: a 403 and an expired session go to
 * the route boundary, which shows "no access to contacts" (with the signed-in user) or "session expired"
 * (with Sign in again). A "Try again" button could change neither.
 */
export function belongsToRouteBoundary(error: Error): boolean {
  return (error instanceof HttpError && error.status === 403) || error instanceof SessionExpiredError
}
