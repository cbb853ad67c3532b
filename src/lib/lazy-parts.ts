/**
 * Code that is not needed to show the first page (menus, dialogs) is loaded on demand. Two helpers make
 * that safe for the parts that must work at a bad moment:
 *
 * - `lazyOptional`: a failed chunk download (offline, or an SSO proxy that answers asset requests with its
 *   login page after the session ended) renders nothing instead of replacing the page with an error.
 * - `preloadAfterStart`: fetches a chunk right after the first render, so it is in memory before it is
 *   needed — e.g. the "session expired" dialog, needed exactly when downloads may fail (behind the SSO
 *   proxy an expired session answers asset requests with the login page), possibly seconds after start.
 * - `preloadWhenIdle`: the same for a chunk that is only convenient to have early (the selection bar): it
 *   loads in an idle period, so evaluating it does not hold up the first page's rows as they mount.
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

/** Call from an effect: the download starts once the first page is on screen. */
export function preloadAfterStart(load: () => Promise<unknown>): void {
  load().catch(() => undefined) // a later on-demand load reports failures
}

/** Starts at the latest this long after the call, idle or not. */
const IDLE_PRELOAD_LATEST_MS = 3000

/** Call from an effect: the download starts once the browser is idle (at the latest after 3 s). */
export function preloadWhenIdle(load: () => Promise<unknown>): void {
  const start = () => preloadAfterStart(load)
  if (typeof window.requestIdleCallback === 'function')
    window.requestIdleCallback(start, { timeout: IDLE_PRELOAD_LATEST_MS })
  else setTimeout(start, 1)
}
