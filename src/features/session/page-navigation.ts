/**
 * Leaving the app on purpose, for the SSO login or logout page. Kept in one object so tests (jsdom cannot
 * navigate) can watch where the app goes.
 */
export const pageNavigation = {
  assign: (url: string): void => window.location.assign(url),
  reload: (): void => window.location.reload(),
}

/**
 * Goes to `url`, or reloads (the proxy then sends the user to sign in) when there is none. The forms'
 * "unsaved changes" prompt is skipped: their drafts were written or deliberately discarded just before.
 */
export function leavePage(url: string | null): void {
  // At the window itself, capture listeners run before the forms' ordinary ones.
  window.addEventListener('beforeunload', (event) => event.stopImmediatePropagation(), { capture: true })
  if (url) pageNavigation.assign(url)
  else pageNavigation.reload()
}
