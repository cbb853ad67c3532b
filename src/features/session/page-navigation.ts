/**
 * Leaving the app on purpose, for the SSO login or logout page. Kept in one object so tests (jsdom cannot
 * navigate) can watch where the app goes.
 */
export const pageNavigation = {
  assign: (url: string): void => window.location.assign(url),
  reload: (): void => window.location.reload(),
}

let leavingOnPurpose = false

/**
 * True once the app itself is leaving the page: the forms' "unsaved changes" prompt (beforeunload) must
 * stay quiet then, because their drafts were just written (sign in again) or deliberately discarded
 * (sign out).
 */
export function isLeavingOnPurpose(): boolean {
  return leavingOnPurpose
}

/** Goes to `url`, or reloads (the proxy then sends the user to sign in) when there is none. */
export function leavePage(url: string | null): void {
  leavingOnPurpose = true
  if (url) pageNavigation.assign(url)
  else pageNavigation.reload()
}
