/**
 * Mounts a page of rows a few at a time, so that no task on the main thread runs long while a long page
 * fills in — neither React's work nor the browser's style, layout and paint of the new rows:
 *
 * - New rows are never rendered in the urgent render that brings the data (a query result is rendered
 *   synchronously, in one task). They are added in transitions, which React renders in short time
 *   slices, yielding to the browser in between.
 * - A transition adds one slice of `step` rows, and the next slice starts only after the browser has
 *   painted the previous one (the next animation frame), so each frame lays out and paints one slice,
 *   never two or three that happened to commit before it.
 *
 * The order never changes: what is shown is always a prefix of `rows`. Rows already on screen stay when
 * the rows change (a refetch, a restored or archived contact): only rows that would be mounted anew wait
 * for their slice. A new page (no row in common) replaces the previous one when its first slice is ready,
 * so the previous rows stay until then, never a blank table. Before anything is shown the hook returns an
 * empty list: the caller shows its placeholder then (see `useRowSlices`' result and `pending`).
 */
import { startTransition, useLayoutEffect, useState } from 'react'

/** Rows per commit: few enough that each frame of a growing table stays short on a slow laptop. */
export const SLICE_ROWS = 2

/** If the page is hidden, animation frames stop: a slice then follows after this long instead. */
const HIDDEN_PAGE_DELAY_MS = 100

interface Progress<Row> {
  rows: readonly Row[]
  /** How many of `rows`, from the start, are rendered. */
  count: number
}

/** How many leading rows of `next` are already mounted in `previous` (so cost nothing to keep). */
function mountedPrefix<Row extends { id: string }>(previous: Progress<Row>, next: readonly Row[]) {
  const mounted = new Set(previous.rows.slice(0, previous.count).map((row) => row.id))
  const firstNew = next.findIndex((row) => !mounted.has(row.id))
  return firstNew === -1 ? next.length : firstNew
}

/** Runs `callback` once the frame being prepared now has been rendered; returns a cancel function. */
function afterNextFrame(callback: () => void): () => void {
  let done = false
  const run = () => {
    if (done) return
    done = true
    cancelAnimationFrame(frame)
    clearTimeout(timer)
    callback()
  }
  // In the frame callback the frame's own style, layout and paint are still ahead; the transition it
  // starts is rendered by React in later tasks, after that paint.
  const frame = requestAnimationFrame(run)
  const timer = setTimeout(run, HIDDEN_PAGE_DELAY_MS)
  return () => {
    done = true
    cancelAnimationFrame(frame)
    clearTimeout(timer)
  }
}

export interface RowSlices<Row> {
  /** The rows to render: a prefix of the latest rows, or of the previous ones until the new are ready. */
  shown: readonly Row[]
  /** True while rows are given but none is shown yet (the caller keeps its placeholder). */
  pending: boolean
  /** True until every row of the latest rows is shown (the caller marks its list `aria-busy`). */
  filling: boolean
}

/**
 * `hold`: add no rows for now (rows already shown stay). The list holds while new columns are rendered,
 * so rows are laid out once, with their final columns.
 */
export function useRowSlices<Row extends { id: string }>(rows: readonly Row[], hold = false): RowSlices<Row> {
  const [progress, setProgress] = useState<Progress<Row>>(() => ({ rows, count: 0 }))

  // Rows that are on screen already are kept in the same render (no row disappears for a frame); a new
  // page waits, showing the previous one, until its first slice is rendered in a transition. No rows at
  // all is shown at once.
  let current = progress
  if (progress.rows !== rows) {
    const kept = mountedPrefix(progress, rows)
    if (kept > 0 || progress.count === 0 || rows.length === 0) {
      current = { rows, count: kept }
      setProgress(current)
    }
  }

  // A layout effect: it runs in the commit's own task, so the frame waited for is the one that renders the
  // committed slice (a passive effect may run after that frame, and the next slice would wait one more).
  useLayoutEffect(() => {
    const next = (latest: Progress<Row>): Progress<Row> => {
      if (latest !== progress) return latest
      const mounted = latest.rows === rows ? latest.count : 0
      return { rows, count: Math.min(rows.length, mounted + SLICE_ROWS) }
    }
    if (hold || (progress.rows === rows && progress.count >= rows.length)) return
    const addSlice = () => startTransition(() => setProgress(next))
    // The first slice has nothing to wait for; later ones wait until the previous slice is painted.
    if (progress.count === 0 || progress.rows !== rows) {
      addSlice()
      return
    }
    return afterNextFrame(addSlice)
  }, [progress, rows, hold])

  const shown = current.count >= current.rows.length ? current.rows : current.rows.slice(0, current.count)
  return {
    shown,
    pending: shown.length === 0 && rows.length > 0,
    filling: current.rows !== rows || shown.length < rows.length,
  }
}
