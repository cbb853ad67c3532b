import { act, configure, renderHook, waitFor } from '@testing-library/react'
import { SLICE_ROWS, useRowSlices } from './use-row-slices'

// Slices come one animation frame apart (100 rows: 50 frames, about a second in jsdom): on a loaded
// machine that outlasts waitFor's default second.
configure({ asyncUtilTimeout: 10_000 })

type Row = { id: string }

const rowsOf = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `${prefix}${index}` }))
const ids = (rows: readonly Row[]) => rows.map((row) => row.id)

/** Renders the hook and records, for every render, the rows it was given and the rows it showed. */
function renderSlices(initial: readonly Row[], hold = false) {
  const renders: { given: readonly Row[]; shown: readonly Row[]; pending: boolean }[] = []
  const initialProps: { rows: readonly Row[]; hold?: boolean } = { rows: initial, hold }
  const view = renderHook(
    ({ rows, hold }) => {
      const slices = useRowSlices(rows, hold)
      renders.push({ given: rows, ...slices })
      return slices
    },
    { initialProps },
  )
  return { ...view, renders }
}

afterEach(() => {
  vi.useRealTimers()
})

/** Lets React finish what is scheduled (transitions included). */
const settle = () => act(() => Promise.resolve())
/** Fake animation frames and timers (React's own scheduling stays real). */
const fakeFrames = () =>
  vi.useFakeTimers({
    toFake: ['requestAnimationFrame', 'cancelAnimationFrame', 'setTimeout', 'clearTimeout'],
  })
/** One animation frame, with fake timers. */
const frame = () =>
  act(() => {
    vi.advanceTimersToNextFrame()
  })

test('mounts nothing with the data, then one slice per commit, in order', async () => {
  const rows = rowsOf('a', 100)
  const { result, renders } = renderSlices(rows)
  // The render that brings the data shows none of it: the caller keeps its placeholder.
  expect(renders[0]).toMatchObject({ shown: [], pending: true })

  await waitFor(() => expect(result.current.shown).toHaveLength(100))
  expect(ids(result.current.shown)).toEqual(ids(rows))
  expect(result.current.pending).toBe(false)
  const counts = [...new Set(renders.map((render) => render.shown.length))]
  expect(counts).toEqual(Array.from({ length: 100 / SLICE_ROWS + 1 }, (_, index) => index * SLICE_ROWS))
  for (const render of renders) expect(ids(render.shown)).toEqual(ids(rows.slice(0, render.shown.length)))
})

test('a later slice waits for the next animation frame (the previous slice is painted first)', async () => {
  fakeFrames()
  const { result } = renderSlices(rowsOf('a', 3 * SLICE_ROWS))
  // The first slice has nothing to wait for.
  await settle()
  expect(result.current.shown).toHaveLength(SLICE_ROWS)

  await settle()
  expect(result.current.shown).toHaveLength(SLICE_ROWS)
  frame()
  expect(result.current.shown).toHaveLength(2 * SLICE_ROWS)
  frame()
  expect(result.current.shown).toHaveLength(3 * SLICE_ROWS)
})

test('on hold (new columns being rendered) no row is added; the slices follow once the hold ends', async () => {
  fakeFrames()
  const rows = rowsOf('a', 2 * SLICE_ROWS)
  const { result, rerender } = renderSlices(rows, true)
  await settle()
  frame()
  frame()
  expect(result.current).toMatchObject({ shown: [], pending: true, filling: true })

  rerender({ rows, hold: false })
  await settle()
  expect(ids(result.current.shown)).toEqual(ids(rows.slice(0, SLICE_ROWS)))
  // A hold in the middle of a page keeps the rows shown and adds none until it ends.
  rerender({ rows, hold: true })
  frame()
  frame()
  await settle()
  expect(result.current.shown).toHaveLength(SLICE_ROWS)
  rerender({ rows, hold: false })
  frame()
  await settle()
  expect(ids(result.current.shown)).toEqual(ids(rows))
  expect(result.current.filling).toBe(false)
})

test('in a hidden page, where frames stop, the slices still follow', async () => {
  fakeFrames()
  const { result } = renderSlices(rowsOf('a', 2 * SLICE_ROWS))
  await settle()
  expect(result.current.shown).toHaveLength(SLICE_ROWS)
  // Only timers run, no frame.
  act(() => {
    vi.advanceTimersByTime(150)
  })
  expect(result.current.shown).toHaveLength(2 * SLICE_ROWS)
})

test('a new page replaces the previous one when its first slice is ready, never a blank or a mix', async () => {
  const first = rowsOf('a', 100)
  const { result, rerender, renders } = renderSlices(first)
  await waitFor(() => expect(result.current.shown).toBe(first))

  const next = rowsOf('b', 100)
  rerender({ rows: next })
  await waitFor(() => expect(result.current.shown).toBe(next))
  const withNext = renders.filter((render) => render.given === next)
  // The render that brings the page still shows the previous one, whole.
  expect(withNext[0]?.shown).toBe(first)
  for (const render of withNext) {
    expect(render.shown.length).toBeGreaterThan(0)
    const shown = ids(render.shown)
    expect([ids(first), ids(next.slice(0, shown.length))]).toContainEqual(shown)
  }
  // Then the new page's first slice, alone.
  expect(withNext.map((render) => render.shown.length)).toContain(SLICE_ROWS)
})

test('rows already on screen stay when the page is refetched with a row gone and one added', async () => {
  const first = rowsOf('a', 100)
  const { result, rerender, renders } = renderSlices(first)
  await waitFor(() => expect(result.current.shown).toBe(first))

  const refetched = [...first.slice(0, 40), ...first.slice(41), { id: 'new' }]
  rerender({ rows: refetched })
  // In the same render: every row that was there stays; only the new one waits for its slice.
  expect(ids(renders.find((render) => render.given === refetched)?.shown ?? [])).toEqual(
    ids(refetched.slice(0, 99)),
  )
  await waitFor(() => expect(result.current.shown).toBe(refetched))
})

test('no rows any more is shown at once', async () => {
  const first = rowsOf('a', 20)
  const { result, rerender } = renderSlices(first)
  await waitFor(() => expect(result.current.shown).toBe(first))
  const none: Row[] = []
  rerender({ rows: none })
  expect(result.current).toEqual({ shown: [], pending: false, filling: false })
})

test('an update while slicing (a click, new data) does not lose or reorder rows', async () => {
  const rows = rowsOf('a', 100)
  const { result, rerender } = renderSlices(rows)
  await waitFor(() => expect(result.current.shown.length).toBeGreaterThan(0))
  rerender({ rows: [...rows] })
  expect(ids(result.current.shown)).toEqual(ids(rows.slice(0, result.current.shown.length)))
  await waitFor(() => expect(result.current.shown).toHaveLength(100))
  expect(ids(result.current.shown)).toEqual(ids(rows))
})
