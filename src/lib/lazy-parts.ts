/**
 * Code that is not needed to show the first page (menus, dialogs) is loaded on demand. Two helpers make
 * that safe for the parts that must work at a bad moment:
 *
 * - `lazyOptional`: a failed chunk download (offline, or an SSO proxy that answers asset requests with its
 *   login page after the session ended) renders nothing instead of replacing the page with an error.
 * - `preloadWhenIdle`: fetches a chunk once the browser is idle after start, so it is in memory before it
 *   is needed — e.g. the "session expired" dialog, which is needed exactly when downloads may fail.
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

const IDLE_FALLBACK_MS = 2000

export function preloadWhenIdle(load: () => Promise<unknown>): void {
  const run = () => void load().catch(() => undefined) // a later on-demand load reports failures
  if ('requestIdleCallback' in window) window.requestIdleCallback(run, { timeout: 5000 })
  else setTimeout(run, IDLE_FALLBACK_MS)
}
