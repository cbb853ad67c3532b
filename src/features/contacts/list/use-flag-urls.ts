/**
 * The flag URL table (../shared/country-flag-urls, its own small chunk) for the list's country cells.
 * The list subscribes when it mounts — while the first page is still loading — so the table is there
 * before the rows are, and each row renders its flag at once. Shared CountryFlag loads the same chunk on
 * its first mount instead, which in a 100-row table meant a second commit (badges swapped for images in
 * every mounted row) right after the rows.
 */
import { useSyncExternalStore } from 'react'

export type FlagUrls = ReadonlyMap<string, string>

let flagUrls: FlagUrls | null = null
let loading = false
const listeners = new Set<() => void>()

function load() {
  if (loading || flagUrls) return
  loading = true
  import('../shared/country-flag-urls').then(
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
