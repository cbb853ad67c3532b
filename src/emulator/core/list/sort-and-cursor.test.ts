import { expect, test } from 'vitest'
import { call, list, q, testEmulator, type Page } from '../test-helpers'
import { decodeBase64Url } from './base64url'

const collator = new Intl.Collator('de', { sensitivity: 'base' })
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null)

test('default order is created_at ascending, then id', async () => {
  const page = await list(testEmulator(), '/contacts?page[size]=100')
  const keys = page.data.map((c) => `${String(c.created_at)}|${String(c.id)}`)
  expect(keys).toEqual([...keys].sort())
})

test('string sort uses German collation; nulls first ascending and last descending', async () => {
  const emulator = testEmulator()
  const asc = await list(emulator, '/contacts?page[size]=100&sort=last_name')
  const firstNonNull = asc.data.findIndex((c) => c.last_name !== null)
  expect(firstNonNull).toBeGreaterThan(0)
  expect(asc.data.slice(0, firstNonNull).every((c) => c.last_name === null)).toBe(true)
  const named = asc.data.slice(firstNonNull).map((c) => text(c.last_name) ?? '')
  expect(named).toEqual([...named].sort(collator.compare))
  // A plain code-point sort would put every umlaut after "Z"; the collation puts Müller next to Muster.
  const byFilter = await list(
    emulator,
    `/contacts?${q({ sort: '-last_name', filter: 'last_name is not null', 'page[size]': '100' })}`,
  )
  const desc = byFilter.data.map((c) => text(c.last_name) ?? '')
  expect(desc).toEqual([...desc].sort((a, b) => collator.compare(b, a)))
  const all: Record<string, unknown>[] = []
  let cursor: string | null = null
  do {
    const page: Page = await list(
      emulator,
      `/contacts?${q({ sort: '-last_name', 'page[size]': '100', ...(cursor ? { 'page[cursor]': cursor } : {}) })}`,
    )
    all.push(...page.data)
    cursor = page.meta.next_cursor
  } while (cursor)
  expect(all[all.length - 1]?.last_name).toBeNull()
})

test('multi-key sort with descending key and id tie-breaker', async () => {
  const page = await list(
    testEmulator(),
    '/contacts?page[size]=100&sort=-first_name,last_name&filter=first_name%20is%20not%20null',
  )
  for (let i = 1; i < page.data.length; i++) {
    const a = page.data[i - 1]
    const b = page.data[i]
    if (!a || !b) continue
    const first = collator.compare(text(b.first_name) ?? '', text(a.first_name) ?? '')
    expect(first).toBeLessThanOrEqual(0)
    if (first === 0) {
      const last = collator.compare(text(a.last_name) ?? '', text(b.last_name) ?? '')
      expect(last).toBeLessThanOrEqual(0)
      if (last === 0 && a.last_name !== null && b.last_name !== null)
        expect(String(a.id) < String(b.id)).toBe(true)
    }
  }
})

test('sort by custom field: numbers numerically, nulls last when descending', async () => {
  const page = await list(testEmulator(), '/contacts?page[size]=100&sort=-custom_fields.employee_count')
  const values = page.data.map((c) => {
    const fields = c.custom_fields
    return typeof fields === 'object' && fields !== null && 'employee_count' in fields
      ? fields.employee_count
      : undefined
  })
  const numbers = values.filter((v): v is number => typeof v === 'number')
  expect(numbers.length).toBeGreaterThan(10)
  expect(numbers).toEqual([...numbers].sort((a, b) => b - a))
  expect(values.slice(0, numbers.length).every((v) => typeof v === 'number')).toBe(true)
})

test('unknown sort field → 400', async () => {
  const res = await call(testEmulator({ contactCount: 5 }), 'GET', '/contacts?sort=email')
  expect(res.status).toBe(400)
  expect(res.json).toEqual({ message: "Invalid sort: field 'email' is not sortable" })
})

async function walk(emulator: ReturnType<typeof testEmulator>, sort: string): Promise<void> {
  const seen: string[] = []
  const pages: Page[] = []
  let page = await list(emulator, `/contacts?${q({ 'page[size]': '7', sort })}`)
  expect(page.meta.prev_cursor).toBeNull()
  pages.push(page)
  while (page.meta.next_cursor) {
    page = await list(
      emulator,
      `/contacts?${q({ 'page[size]': '7', sort, 'page[cursor]': page.meta.next_cursor })}`,
    )
    pages.push(page)
  }
  for (const p of pages) seen.push(...p.data.map((c) => String(c.id)))
  const full = await list(
    emulator,
    `/contacts?${q({ 'page[size]': '100', sort, filter: 'archived eq "without"' })}`,
  )
  const active = emulator.getState().contacts.filter((c) => c.deleted_at === null).length
  expect(seen).toHaveLength(active)
  expect(new Set(seen).size).toBe(active)
  expect(seen.slice(0, 100)).toEqual(full.data.map((c) => String(c.id)))
  expect(pages.every((p) => p.data.length === 7 || p === pages[pages.length - 1])).toBe(true)

  // …and back again from the last page, page by page, with the same page boundaries.
  const back: string[][] = [page.data.map((c) => String(c.id))]
  while (page.meta.prev_cursor) {
    page = await list(
      emulator,
      `/contacts?${q({ 'page[size]': '7', sort, 'page[cursor]': page.meta.prev_cursor })}`,
    )
    back.unshift(page.data.map((c) => String(c.id)))
  }
  expect(back).toEqual(pages.map((p) => p.data.map((c) => String(c.id))))
}

test('walking all pages forward then back sees every contact exactly once, in order', async () => {
  const emulator = testEmulator({ contactCount: 120 })
  await walk(emulator, 'created_at')
  await walk(emulator, '-last_name,first_name')
  await walk(emulator, 'custom_fields.lead_source,-created_at')
})

test('cursor meta: absolute URLs on the production host, opaque base64url JSON with sort and direction', async () => {
  const page = await list(testEmulator({ contactCount: 20 }), '/contacts?page[size]=5&sort=-last_name')
  expect(page.links).toEqual([])
  expect(page.meta.path).toBe('https://api.kanbert.com/api/v1/contacts')
  expect(page.meta.per_page).toBe(5)
  const cursor = page.meta.next_cursor ?? ''
  expect(page.meta.next_cursor_url).toBe(`https://api.kanbert.com/api/v1/contacts?page%5Bcursor%5D=${cursor}`)
  expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/)
  expect(JSON.parse(decodeBase64Url(cursor) ?? 'null')).toMatchObject({
    sort: '-last_name',
    _pointsToNextItems: true,
  })
  expect(page.meta.prev_cursor_url).toBeNull()
})

test('a cursor sent with a different sort, or a garbled cursor, is a 400', async () => {
  const emulator = testEmulator({ contactCount: 20 })
  const page = await list(emulator, '/contacts?page[size]=5&sort=last_name')
  const other = await call(
    emulator,
    'GET',
    `/contacts?${q({ sort: 'first_name', 'page[cursor]': page.meta.next_cursor ?? '' })}`,
  )
  expect(other.status).toBe(400)
  const noSort = await call(
    emulator,
    'GET',
    `/contacts?${q({ 'page[cursor]': page.meta.next_cursor ?? '' })}`,
  )
  expect(noSort.status).toBe(400)
  const garbled = await call(emulator, 'GET', '/contacts?page[cursor]=not-a-cursor')
  expect(garbled).toMatchObject({ status: 400, json: { message: 'Invalid cursor.' } })
})

test('page[size]: default 30, clamped to 100, 400 when not a positive integer', async () => {
  const emulator = testEmulator()
  expect((await list(emulator, '/contacts')).data).toHaveLength(30)
  const big = await list(emulator, '/contacts?page[size]=500')
  expect(big.data).toHaveLength(100)
  expect(big.meta.per_page).toBe(100)
  for (const bad of ['0', '-3', '2.5', 'ten']) {
    expect((await call(emulator, 'GET', `/contacts?page[size]=${bad}`)).status).toBe(400)
  }
})
