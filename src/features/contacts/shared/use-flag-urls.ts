/**
 * The flag URL table (country-flag-urls, its own small chunk), loaded once on first use and shared by
 * every reader: `CountryFlag` (detail, form) and the list's cells (`ListFlagMark`), which ask for it as the
 * first rows mount; the rows then get their flags in a commit of the flags alone.
 */
import { useSyncExternalStore } from 'react'

export type FlagUrls = ReadonlyMap<string, string>

let flagUrls: FlagUrls | null = null
let loading = false
const listeners = new Set<() => void>()

function load(): void {
  if (loading || flagUrls) return
  loading = true
  import('./country-flag-urls').then(
    (module) => {
      flagUrls = module.flagUrls
      listeners.forEach((listener) => listener())
    },
    // A failed chunk load (deploy in between) leaves the ISO badges; the next mount tries again.
    () => (loading = false),
  )
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  load()
  return () => listeners.delete(listener)
}

const snapshot = () => flagUrls

/** The table once loaded, null before (the cells then show ISO-code badges of the same size). */
export function useFlagUrls(): FlagUrls | null {
  return useSyncExternalStore(subscribe, snapshot, snapshot)
}
