/**
 * Scroll positions per page, the data router's <ScrollRestoration> in the small: saved when the app
 * navigates away, restored when a page with a saved position is shown again, otherwise the page opens at
 * its top. Kept in memory only: list URLs carry search terms, which must not outlive a sign-out in
 * storage (a reload therefore opens at the top).
 */
import type { Location } from 'react-router'

export function createScrollPositions(keyOf: (location: Location) => string) {
  const positions = new Map<string, number>()
  return {
    save(location: Location) {
      positions.set(keyOf(location), window.scrollY)
    },
    restore(location: Location) {
      window.scrollTo(0, positions.get(keyOf(location)) ?? 0)
    },
  }
}
