/**
 * Mounts a long page of rows in slices, so no single commit (and the style and layout work that follows
 * it) blocks the main thread for long: the first slice — more than a screenful — comes with the data, the
 * rest in transitions, one slice per commit. React renders a transition in small time slices and yields
 * to the browser between them and between the commits, so scrolling, clicks and typing stay responsive
 * while the page fills in. The order of the rows never changes: a slice is always a prefix of `rows`.
 *
 * Rows that are already on screen stay when the rows change (a refetch, a restored or archived contact):
 * only rows that would be mounted anew wait for their slice. A new page therefore replaces the previous
 * one at once in the visible part, without a blank or a skeleton in between.
 */
import { startTransition, useEffect, useState } from 'react'

/** Rows that come with the data when the caller does not size the first slice (see `screenful`). */
export const FIRST_SLICE = 25
/** Rows per later commit. */
export const NEXT_SLICE = 20

/**
 * A first slice that fills the window below the page's header and toolbars (about 250 px) with rows of
 * at least `minRowHeight` px, within 10–40 rows; the rows below the fold follow a frame or two later.
 * Smaller first slices show the data sooner; too small ones would leave the bottom of a tall window empty
 * for a frame.
 */
export function screenful(minRowHeight: number, above = 250): number {
  return Math.min(40, Math.max(10, Math.ceil((window.innerHeight - above) / minRowHeight)))
}

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

export function useRowSlices<Row extends { id: string }>(
  rows: readonly Row[],
  first: number = FIRST_SLICE,
  step: number = NEXT_SLICE,
): readonly Row[] {
  const [progress, setProgress] = useState<Progress<Row>>(() => ({
    rows,
    count: Math.min(rows.length, first),
  }))

  // New rows: decided during render (not in an effect), so the first slice shows in the same commit as
  // the data, and a row that is already on screen never disappears for a frame.
  let current = progress
  if (progress.rows !== rows) {
    current = { rows, count: Math.min(rows.length, Math.max(first, mountedPrefix(progress, rows))) }
    setProgress(current)
  }

  useEffect(() => {
    if (progress.count >= progress.rows.length) return
    startTransition(() =>
      setProgress((latest) =>
        latest.rows === progress.rows && latest.count === progress.count
          ? { rows: latest.rows, count: Math.min(latest.rows.length, latest.count + step) }
          : latest,
      ),
    )
  }, [progress, step])

  return current.count >= rows.length ? rows : rows.slice(0, current.count)
}
