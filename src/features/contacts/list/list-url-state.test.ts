import { defaultContactListParams } from '../api/contact-list-params'
import { listParamsToUrl, parseListUrl } from './list-url-state'

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
