/**
 * Code that is not needed to show the first page (menus, dialogs) is loaded on demand. Two helpers make
 * that safe for the parts that must work at a bad moment:
 *
 * - `lazyOptional`: a failed chunk download (offline, or an SSO proxy that answers asset requests with its
 *   login page after the session ended) renders nothing instead of replacing the page with an error.
 * - `preloadAfterStart`: fetches a chunk once the first content is painted (lib/first-content.ts), so it
 *   is in memory before it is needed — e.g. the "session expired" dialog, needed exactly when downloads
 *   may fail (behind the SSO proxy an expired session answers asset requests with the login page).
 * - `preloadWhenIdle`: the same for a chunk that is only convenient to have early (the selection bar): it
 *   also waits for an idle period.
 * Both return a cancel, so an effect can return them.
 */
import { lazy, type ComponentType } from 'react'
import { afterFirstContent, whenIdleAfterFirstContent } from './first-content'

export function lazyOptional<Props extends object>(load: () => Promise<ComponentType<Props>>) {
  return lazy(async () => {
    try {
      return { default: await load() }
    } catch {
      return { default: () => null }
    }
  })
}

const startLoad = (load: () => Promise<unknown>) => () => {
  load().catch(() => undefined) // a later on-demand load reports failures
}

/** Call from an effect: the download starts once the first content is painted. */
export function preloadAfterStart(load: () => Promise<unknown>): () => void {
  return afterFirstContent(startLoad(load))
}

/** Starts at the latest this long after the first content, idle or not. */
const IDLE_PRELOAD_LATEST_MS = 3000

/** Call from an effect: the download starts once the first content is painted and the browser is idle. */
export function preloadWhenIdle(load: () => Promise<unknown>): () => void {
  return whenIdleAfterFirstContent(startLoad(load), IDLE_PRELOAD_LATEST_MS)
}
