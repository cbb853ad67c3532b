/**
 * Code that is not needed to show the first page (menus, dialogs) is loaded on demand. Two helpers make
 * that safe for the parts that must work at a bad moment:
 *
 * - `lazyOptional`: a failed chunk download (offline, or an SSO proxy that answers asset requests with its
 *   login page after the session ended) renders nothing instead of replacing the page with an error.
 * - `preloadAfterStart`: fetches a chunk once the first page is on screen and the browser is idle (it is
 *   not part of what the first page waits for, and evaluating it must not hold up the rows mounting), so
 *   it is in memory before it is needed — e.g. the "session expired" dialog, which is needed exactly when
 *   downloads may fail: behind the SSO proxy an expired session answers every asset request with the
 *   login page.
 */
import { lazy, type ComponentType } from 'react'

export function lazyOptional<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => {
    try {
      return { default: await load() }
    } catch {
      return { default: () => null }
    }
  })
}

/** Starts at the latest this long after the call, idle or not. */
const PRELOAD_LATEST_MS = 3000

/** Call from an effect: the download starts once the browser is idle after the first page is on screen. */
export function preloadAfterStart(load: () => Promise<unknown>): void {
  const start = () => void load().catch(() => undefined) // a later on-demand load reports failures
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(start, { timeout: PRELOAD_LATEST_MS })
  else setTimeout(start, 1)
}
