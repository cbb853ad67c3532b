import { defaultContactListParams } from '../api/contact-list-params'
import { isFilterableField, isSortableField, listParamsToUrl, parseListUrl } from './list-url-state'

const parse = (query: string) => parseListUrl(new URLSearchParams(query))

test('the plain list has a plain URL and default params', () => {
  expect(parse('')).toEqual({ params: defaultContactListParams, dropped: [] })
  expect(listParamsToUrl(defaultContactListParams).toString()).toBe('')
})

test('round-trips every part of the list state', () => {
  const params = {
    search: 'Müller',
    conditions: [
      { field: 'last_name', op: 'contains', value: 'a:b "c"' },
      { field: 'owner.id', op: 'in', value: ['u1', 'u2'] },
      { field: 'birthday', op: 'isnull' },
      { field: 'custom_fields.newsletter', op: 'eq', value: true },
    ],
    match: 'or' as const,
    archived: 'only' as const,
    sort: '-custom_fields.customer_since',
    pageSize: 100,
    cursor: 'abc',
  }
  expect(parse(listParamsToUrl(params).toString())).toEqual({ params, dropped: [] })
})

test('drops what the contract does not allow, and says so', () => {
  const { params, dropped } = parse(
    [
      'f=foo:eq:"x"',
      'f=birthday:contains:"19"',
      'f=last_name:in:"not a list"',
      'f=last_name:contains:{broken',
      'f=archived:eq:"only"',
      'f=email:EQ:"a@b.de"',
      'sort=email,-last_name',
      'size=1000',
      'match=xor',
      'archived=maybe',
    ].join('&'),
  )
  expect(params.conditions).toEqual([{ field: 'email', op: 'eq', value: 'a@b.de' }])
  expect(params.sort).toBe('-last_name')
  expect(params.pageSize).toBe(30)
  expect(params.match).toBe('and')
  expect(params.archived).toBe('without')
  expect(dropped.map((note) => note.kind)).toEqual([
    'condition',
    'condition',
    'condition',
    'condition',
    'condition',
    'match',
    'archived',
    'sort',
    'size',
  ])
})

test('a hand-edited URL cannot make the request huge: long searches are cut, long values and cursors dropped', () => {
  const { params, dropped } = parse(
    new URLSearchParams([
      ['q', 'x'.repeat(250)],
      ['f', `last_name:eq:${JSON.stringify('y'.repeat(501))}`],
      ['f', `last_name:eq:${JSON.stringify('y'.repeat(500))}`],
      ['f', `owner.id:in:${JSON.stringify(Array.from({ length: 101 }, (_, index) => `u${String(index)}`))}`],
      ['f', `owner.id:in:${JSON.stringify(Array.from({ length: 100 }, () => 'u'))}`],
      ['f', 'owner.id:in:[]'],
      ['cursor', 'c'.repeat(2001)],
    ]).toString(),
  )
  expect(params.search).toBe('x'.repeat(200))
  expect(params.conditions.map((condition) => condition.op)).toEqual(['eq', 'in'])
  expect(dropped).toHaveLength(3)
  expect(params.cursor).toBeNull()
  expect(parse(`cursor=${'c'.repeat(2000)}`).params.cursor).toHaveLength(2000)
})

test('conditions without a field, with an empty value or a value on "is empty" are dropped', () => {
  const raws = [
    ':eq:"x"',
    'last_name:eq:""',
    'email:isnull:"x"',
    'email',
    'email:isnotnull',
    'last_name:eq:7',
  ]
  const { params, dropped } = parse(new URLSearchParams(raws.map((raw) => ['f', raw])).toString())
  expect(params.conditions).toEqual([
    { field: 'email', op: 'isnotnull' },
    { field: 'last_name', op: 'eq', value: 7 },
  ])
  expect(dropped.map((note) => note.raw)).toEqual(raws.slice(0, 4))
})

test('custom fields filter and sort by a plain alias only; archived is a switch of its own, not a condition', () => {
  expect(isFilterableField('custom_fields.customer_since')).toBe(true)
  expect(isFilterableField('custom_fields.a b')).toBe(false)
  expect(isFilterableField('custom_fields.x.y')).toBe(false)
  expect(isFilterableField('custom_fields.')).toBe(false)
  expect(isFilterableField('archived')).toBe(false)
  expect(isFilterableField('toString')).toBe(false)
  expect(isSortableField('custom_fields.customer-since')).toBe(true)
  expect(isSortableField('custom_fields.x;y')).toBe(false)
  expect(isSortableField('created_at')).toBe(true)
  expect(isSortableField('email')).toBe(false)
})

test('each page size and archived view the list offers survives the URL; the default ones are left out', () => {
  for (const size of [10, 50, 100]) expect(parse(`size=${String(size)}`).params.pageSize).toBe(size)
  for (const archived of ['only', 'with'] as const)
    expect(parse(`archived=${archived}`).params.archived).toBe(archived)
  expect(parse('match=and&archived=without&size=30&sort=').dropped).toEqual([])
  expect(listParamsToUrl({ ...defaultContactListParams, search: '  ' }).toString()).toBe('')
})
