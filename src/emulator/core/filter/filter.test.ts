import { expect, test } from 'vitest'
import { call, list, q, testEmulator, TEST_NOW } from '../test-helpers'
import { parseDsl } from './dsl-parser'

const names = (data: Record<string, unknown>[]): string[] =>
  data.map((c) => `${String(c.first_name)} ${String(c.last_name)}`)
const all = (filter: string, extra: Record<string, string> = {}): Record<string, string> => ({
  filter,
  'page[size]': '100',
  ...extra,
})

test('DSL: and binds tighter than or; parentheses override', () => {
  expect(parseDsl('a = 1 or b = 2 and c = 3')).toEqual({
    kind: 'or',
    children: [
      { kind: 'condition', field: 'a', op: 'eq', value: 1 },
      {
        kind: 'and',
        children: [
          { kind: 'condition', field: 'b', op: 'eq', value: 2 },
          { kind: 'condition', field: 'c', op: 'eq', value: 3 },
        ],
      },
    ],
  })
  const grouped = parseDsl('(a = 1 OR b = 2) AND c IS NOT NULL')
  expect(grouped).toMatchObject({ kind: 'and', children: [{ kind: 'or' }, { op: 'isnotnull', field: 'c' }] })
})

test('DSL: quotes, escapes, lists, literals and special values', () => {
  expect(parseDsl(`x in ['a', "b\\"c", 3, true, null]`)).toEqual({
    kind: 'condition',
    field: 'x',
    op: 'in',
    value: ['a', 'b"c', 3, true, null],
  })
  expect(parseDsl('created_at >= today-30d')).toEqual({
    kind: 'condition',
    field: 'created_at',
    op: 'gte',
    value: { special: 'today-30d' },
  })
  expect(parseDsl('owner.id EQ me.id')).toEqual({
    kind: 'condition',
    field: 'owner.id',
    op: 'eq',
    value: { special: 'me.id' },
  })
})

test('and/or precedence changes the result set', async () => {
  const emulator = testEmulator()
  const base = 'address_town = "Wien" or address_town = "Graz" and last_name startswith "Z"'
  const loose = await list(emulator, `/contacts?${q(all(base))}`)
  const strict = await list(
    emulator,
    `/contacts?${q(all(`(address_town = "Wien" or address_town = "Graz") and last_name startswith "Z"`))}`,
  )
  expect(loose.data.some((c) => c.address_town === 'Wien' && !String(c.last_name).startsWith('Z'))).toBe(true)
  expect(strict.data.every((c) => String(c.last_name).toLowerCase().startsWith('z'))).toBe(true)
  expect(strict.data.length).toBeLessThan(loose.data.length)
})

test('string operators ignore case but not accents; umlauts and emoji match', async () => {
  const emulator = testEmulator()
  const muller = await list(emulator, `/contacts?${q(all('last_name eq "MÜLLER"'))}`)
  expect(muller.data.length).toBeGreaterThan(0)
  expect(muller.data.every((c) => c.last_name === 'Müller')).toBe(true)
  const withoutUmlaut = await list(emulator, `/contacts?${q(all('last_name contains "Muller"'))}`)
  expect(withoutUmlaut.data).toHaveLength(0)
  const weiss = await list(emulator, `/contacts?${q(all("last_name startswith 'weiß'"))}`)
  expect(weiss.data.length).toBeGreaterThan(0)
  expect(weiss.data.every((c) => String(c.last_name).startsWith('Weiß'))).toBe(true)
  const emoji = await list(emulator, `/contacts?${q(all('first_name contains "🦄"'))}`)
  expect(names(emoji.data)).toEqual(['Zoë 🦄 Sonnenschein ☀️'])
  const like = await list(emulator, `/contacts?${q(all('last_name like "m%ller"'))}`)
  expect(like.data.length).toBeGreaterThan(0)
  expect(like.data.every((c) => /^m.*ller$/i.test(String(c.last_name)))).toBe(true)
})

test('JSON flat array ANDs; JSON tree nests and/or', async () => {
  const emulator = testEmulator()
  const flat = JSON.stringify([
    { field: 'address_town', op: 'eq', value: 'Wien' },
    { field: 'custom_fields.newsletter', op: 'eq', value: true },
  ])
  const a = await list(emulator, `/contacts?${q(all(flat))}`)
  expect(a.data.length).toBeGreaterThan(0)
  expect(
    a.data.every(
      (c) => c.address_town === 'Wien' && (c.custom_fields as Record<string, unknown>).newsletter === true,
    ),
  ).toBe(true)
  const tree = JSON.stringify({
    and: [
      { field: 'email', op: 'endsWith', value: '.at' },
      {
        or: [
          { field: 'first_name', op: 'eq', value: 'Anna' },
          { field: 'first_name', op: 'startswith', value: 'Jo' },
        ],
      },
    ],
  })
  const b = await list(emulator, `/contacts?${q(all(tree))}`)
  const dsl = await list(
    emulator,
    `/contacts?${q(all('email endswith ".at" and (first_name = "Anna" or first_name startswith "Jo")'))}`,
  )
  expect(b.data.map((c) => c.id)).toEqual(dsl.data.map((c) => c.id))
  expect(b.data.every((c) => String(c.email).endsWith('.at'))).toBe(true)
})

test('form-encoded filter conditions are ANDed', async () => {
  const emulator = testEmulator()
  const page = await list(
    emulator,
    '/contacts?filter[0][field]=address_town&filter[0][op]=eq&filter[0][value]=Zürich&page[size]=100',
  )
  expect(page.data.length).toBeGreaterThan(0)
  expect(page.data.every((c) => c.address_town === 'Zürich')).toBe(true)
})

test('is null / is not null, in and nin lists', async () => {
  const emulator = testEmulator()
  const nullEmail = await list(emulator, `/contacts?${q(all('email is null'))}`)
  expect(nullEmail.data.length).toBeGreaterThan(0)
  expect(nullEmail.data.every((c) => c.email === null)).toBe(true)
  const allLegacyNull = await list(emulator, `/contacts?${q(all('custom_fields.legacy_id isnotnull'))}`)
  expect(allLegacyNull.data).toHaveLength(0)
  const inList = await list(emulator, `/contacts?${q(all("address_town in ['Wien', 'Graz']"))}`)
  expect(new Set(inList.data.map((c) => c.address_town))).toEqual(new Set(['Wien', 'Graz']))
  const notIn = await list(
    emulator,
    `/contacts?${q(all("address_town nin ['Wien', 'Graz'] and address_town is not null"))}`,
  )
  expect(notIn.data.some((c) => c.address_town === 'Wien' || c.address_town === 'Graz')).toBe(false)
})

test('special values: me.id, today±Nd, som, now', async () => {
  const emulator = testEmulator()
  const mine = await list(emulator, `/contacts?${q(all('owner.id eq me.id'))}`)
  expect(mine.data.length).toBeGreaterThan(0)
  expect(mine.data.every((c) => (c.owner as Record<string, unknown>).id === 'u-01')).toBe(true)
  const recent = await list(
    emulator,
    `/contacts?${q(all('created_at >= today-365d', { sort: 'created_at' }))}`,
  )
  const cutoff = TEST_NOW - 365 * 86_400_000
  expect(recent.data.length).toBeGreaterThan(0)
  expect(recent.data.every((c) => Date.parse(String(c.created_at)) >= cutoff - 86_400_000)).toBe(true)
  await call(emulator, 'POST', '/contacts', { last_name: 'Heute' })
  const today = await list(emulator, `/contacts?${q(all('created_at eq today'))}`)
  expect(names(today.data)).toEqual(['null Heute'])
  const thisMonth = await list(emulator, `/contacts?${q(all('created_at >= som and created_at <= now'))}`)
  expect(thisMonth.data.map((c) => c.last_name)).toContain('Heute')
})

test('typed custom-field filters: number, boolean, date', async () => {
  const emulator = testEmulator()
  const big = await list(emulator, `/contacts?${q(all('custom_fields.employee_count > 100'))}`)
  expect(big.data.length).toBeGreaterThan(0)
  expect(
    big.data.every((c) => Number((c.custom_fields as Record<string, unknown>).employee_count) > 100),
  ).toBe(true)
  const since = await list(emulator, `/contacts?${q(all('custom_fields.customer_since < "2020-01-01"'))}`)
  expect(
    since.data.every(
      (c) => String((c.custom_fields as Record<string, unknown>).customer_since) < '2020-01-01',
    ),
  ).toBe(true)
  const noNews = await list(emulator, `/contacts?${q(all('custom_fields.newsletter = false'))}`)
  expect(noNews.data.every((c) => (c.custom_fields as Record<string, unknown>).newsletter === false)).toBe(
    true,
  )
})

test.each([
  ['unknown field', 'foo eq "x"', "unknown field 'foo'"],
  ['unknown custom field', 'custom_fields.nope eq "x"', "unknown field 'custom_fields.nope'"],
  [
    'operator not allowed for type',
    'birthday contains "19"',
    "operator 'contains' is not allowed for field 'birthday'",
  ],
  [
    'unknown operator',
    'last_name resembles "x"',
    "operator 'resembles' is not allowed for field 'last_name'",
  ],
  ['unbalanced parenthesis', '(last_name eq "x"', 'expected ")"'],
  ['missing value', 'last_name eq', 'unexpected end of filter'],
  ['unquoted word', 'last_name eq Müller', "unexpected word 'M"],
  ['unterminated string', 'last_name eq "abc', 'unterminated string'],
  ['archived with a bad value', 'archived eq "sometimes"', "field 'archived'"],
  [
    'archived with another operator',
    'archived ne "with"',
    "operator 'ne' is not allowed for field 'archived'",
  ],
  ['bad date', 'created_at > "yesterday"', "'yesterday' is not a date"],
  ['malformed JSON', '[{"field":', 'malformed JSON'],
  ['JSON without op', '[{"field":"last_name","value":"x"}]', 'expected {field, op, value}'],
])('400 for %s', async (_, filter, fragment) => {
  const res = await call(testEmulator({ contactCount: 5 }), 'GET', `/contacts?${q({ filter })}`)
  expect(res.status).toBe(400)
  const message = String((res.json as Record<string, unknown>).message)
  expect(message.startsWith('Invalid filter: ')).toBe(true)
  expect(message).toContain(fragment)
})

test('archived scope: without by default, only, with', async () => {
  const emulator = testEmulator()
  const state = emulator.getState()
  const archived = state.contacts.filter((c) => c.deleted_at !== null).length
  const active = state.contacts.length - archived
  const count = async (filter?: string): Promise<number> => {
    let total = 0
    let cursor: string | null = null
    do {
      const params: Record<string, string> = { 'page[size]': '100' }
      if (filter) params.filter = filter
      if (cursor) params['page[cursor]'] = cursor
      const page = await list(emulator, `/contacts?${q(params)}`)
      total += page.data.length
      cursor = page.meta.next_cursor
    } while (cursor)
    return total
  }
  expect(archived).toBeGreaterThan(0)
  expect(await count()).toBe(active)
  expect(await count('archived eq "without"')).toBe(active)
  expect(await count('archived eq "only"')).toBe(archived)
  expect(await count('archived = "with"')).toBe(state.contacts.length)
  expect(await count(JSON.stringify([{ field: 'archived', op: 'eq', value: 'only' }]))).toBe(archived)
})
