import { renderHook, waitFor } from '@testing-library/react'
import { FIRST_SLICE, NEXT_SLICE, useRowSlices } from './use-row-slices'

const rowsOf = (prefix: string, count: number) =>
  Array.from({ length: count }, (_, index) => ({ id: `${prefix}${index}` }))
const ids = (rows: readonly { id: string }[]) => rows.map((row) => row.id)

test('renders the first slice with the data and the rest in later commits, in order', async () => {
  const rows = rowsOf('a', 100)
  const seen: number[] = []
  const { result } = renderHook(() => {
    const visible = useRowSlices(rows)
    seen.push(visible.length)
    return visible
  })
  expect(seen[0]).toBe(FIRST_SLICE)
  await waitFor(() => expect(result.current).toHaveLength(100))
  expect(ids(result.current)).toEqual(ids(rows))
  // Grew slice by slice, never more than one slice per commit.
  const counts = [...new Set(seen)]
  expect(counts).toEqual([FIRST_SLICE, ...counts.slice(1)])
  for (let index = 1; index < counts.length; index++)
    expect((counts[index] ?? 0) - (counts[index - 1] ?? 0)).toBeLessThanOrEqual(NEXT_SLICE)
})

test('a short page is rendered at once', () => {
  const rows = rowsOf('a', 10)
  const { result } = renderHook(() => useRowSlices(rows))
  expect(result.current).toBe(rows)
})

test('a new page starts again with the first slice; rows already on screen stay', async () => {
  const first = rowsOf('a', 100)
  // Every render's rows, with the rows it was given.
  const renders: { given: readonly { id: string }[]; shown: readonly { id: string }[] }[] = []
  const { result, rerender } = renderHook(
    ({ rows }) => {
      const shown = useRowSlices(rows)
      renders.push({ given: rows, shown })
      return shown
    },
    { initialProps: { rows: first } },
  )
  await waitFor(() => expect(result.current).toHaveLength(100))
  const firstRenderWith = (rows: readonly { id: string }[]) =>
    renders.find((render) => render.given === rows)?.shown ?? []

  // A refetch of the same page with one row gone and one new at the end: nothing already shown goes away.
  const refetched = [...first.slice(0, 40), ...first.slice(41), { id: 'new' }]
  rerender({ rows: refetched })
  expect(ids(firstRenderWith(refetched))).toEqual(ids(refetched.slice(0, 99)))
  await waitFor(() => expect(result.current).toBe(refetched))

  // The next page: its first slice replaces the previous rows at once, the rest follows.
  const next = rowsOf('b', 100)
  rerender({ rows: next })
  expect(ids(firstRenderWith(next))).toEqual(ids(next.slice(0, FIRST_SLICE)))
  await waitFor(() => expect(result.current).toBe(next))
})

test('an update while slicing (a click, new data) does not lose or reorder rows', async () => {
  const rows = rowsOf('a', 100)
  const { result, rerender } = renderHook(({ rows, tick }) => ({ visible: useRowSlices(rows), tick }), {
    initialProps: { rows, tick: 0 },
  })
  rerender({ rows, tick: 1 })
  expect(ids(result.current.visible)).toEqual(ids(rows.slice(0, result.current.visible.length)))
  await waitFor(() => expect(result.current.visible).toHaveLength(100))
  expect(ids(result.current.visible)).toEqual(ids(rows))
})
