/**
 * Scroll positions per page, the data router's <ScrollRestoration> in the small: saved when the app
 * navigates away, restored when a page with a saved position is shown again, otherwise the page opens at
 * its top. Kept in memory only: list URLs carry search terms, which must not outlive a sign-out in
 * storage (a reload therefore opens at the top).
 *
 * A page may still be filling in when it is shown (the list mounts a long page's rows in slices, a few
 * frames apart), so a position the page is not yet tall enough for is tried again in the following
 * frames, until it is reached, the user scrolls, types or clicks, or RESTORE_TIMEOUT_MS have passed —
 * BUSY_TIMEOUT_MS while the page marks a part as still filling in (`aria-busy="true"`, as the list's rows
 * do: 100 rows take a few seconds on a slow laptop).
 */
import type { Location } from 'react-router'

export const RESTORE_TIMEOUT_MS = 1500
export const BUSY_TIMEOUT_MS = 10_000

const filling = () => document.querySelector('[aria-busy="true"]') !== null

const USER_INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const

export function createScrollPositions(keyOf: (location: Location) => string) {
  const positions = new Map<string, number>()
  /** Stops a restore still trying over frames. */
  let cancelPending: (() => void) | null = null

  function restoreOverFrames(target: number) {
    const started = Date.now()
    let frame = 0
    const stop = () => {
      cancelAnimationFrame(frame)
      for (const type of USER_INPUT) window.removeEventListener(type, stop)
      cancelPending = null
    }
    const step = () => {
      window.scrollTo(0, target)
      const elapsed = Date.now() - started
      const reached = Math.abs(window.scrollY - target) < 1
      if (reached || elapsed > (filling() ? BUSY_TIMEOUT_MS : RESTORE_TIMEOUT_MS)) stop()
      else frame = requestAnimationFrame(step)
    }
    for (const type of USER_INPUT) window.addEventListener(type, stop, { passive: true })
    frame = requestAnimationFrame(step)
    cancelPending = stop
  }

  return {
    save(location: Location) {
      cancelPending?.()
      positions.set(keyOf(location), window.scrollY)
    },
    restore(location: Location) {
      cancelPending?.()
      const target = positions.get(keyOf(location)) ?? 0
      window.scrollTo(0, target)
      if (Math.abs(window.scrollY - target) >= 1) restoreOverFrames(target)
    },
  }
}
