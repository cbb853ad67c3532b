/**
 * Scroll positions per page, the data router's <ScrollRestoration> in the small: saved when the app
 * navigates away and when the tab is hidden (so a reload comes back to the same place), restored when a
 * page with a saved position is shown again, otherwise the page opens at its top.
 */
import type { Location } from 'react-router'

const STORAGE_KEY = 'kanbert.scroll-positions.v1'

export function createScrollPositions(keyOf: (location: Location) => string) {
  const positions = new Map<string, number>(read())
  return {
    save(location: Location) {
      positions.set(keyOf(location), window.scrollY)
    },
    restore(location: Location) {
      window.scrollTo(0, positions.get(keyOf(location)) ?? 0)
    },
    persist() {
      try {
        window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify([...positions]))
      } catch {
        // storage full or disabled: positions just do not survive a reload
      }
    },
  }
}

function read(): [string, number][] {
  try {
    const parsed: unknown = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) ?? '[]')
    if (!Array.isArray(parsed)) return []
    return parsed.filter(
      (entry): entry is [string, number] =>
        Array.isArray(entry) && typeof entry[0] === 'string' && typeof entry[1] === 'number',
    )
  } catch {
    return []
  }
}
