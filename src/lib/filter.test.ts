import {
  FilterBuildError,
  and,
  buildSort,
  createFilterBuilder,
  or,
  parseSort,
  serializeFilter,
  simplifyFilter,
} from './filter'
import { contactFilterFields } from '../contract/kanbert-contract'

const where = createFilterBuilder(contactFilterFields)

test('a single condition serialises to the flat JSON array form', () => {
  expect(serializeFilter(where('last_name', 'contains', 'Mei'))).toBe(
    '[{"field":"last_name","op":"contains","value":"Mei"}]',
  )
})

test('an AND of conditions stays a flat array; OR becomes the tree form', () => {
  const flat = and(where('last_name', 'startswith', 'M'), where('archived', 'eq', 'without'))
  expect(JSON.parse(serializeFilter(flat) ?? '')).toEqual([
    { field: 'last_name', op: 'startswith', value: 'M' },
    { field: 'archived', op: 'eq', value: 'without' },
  ])
  const tree = and(
    where('email', 'endswith', '@acme.de'),
    or(where('first_name', 'eq', 'Anna'), where('first_name', 'startswith', 'Jo')),
  )
  expect(JSON.parse(serializeFilter(tree) ?? '')).toEqual({
    and: [
      { field: 'email', op: 'endswith', value: '@acme.de' },
      {
        or: [
          { field: 'first_name', op: 'eq', value: 'Anna' },
          { field: 'first_name', op: 'startswith', value: 'Jo' },
        ],
      },
    ],
  })
})

test('values with quotes, backslashes, umlauts and emoji survive the round trip unchanged', () => {
  const values = ['O\'Brien "The Boss"', 'back\\slash', 'Müller-Weiß Größe', '👩‍💼 Chefin 🚀', 'a"b\'c']
  for (const value of values) {
    const wire = serializeFilter(where('last_name', 'eq', value)) ?? ''
    const parsed: unknown = JSON.parse(wire)
    expect(parsed).toEqual([{ field: 'last_name', op: 'eq', value }])
  }
})

test('empty groups disappear and groups of one are unwrapped', () => {
  expect(serializeFilter(and(or(), and()))).toBeUndefined()
  expect(serializeFilter(null)).toBeUndefined()
  expect(simplifyFilter(or(where('fax', 'isnull')))).toEqual({ field: 'fax', op: 'isnull' })
})

test('valueless operators carry no value; list operators need a list', () => {
  expect(where('birthday', 'isnotnull')).toEqual({ field: 'birthday', op: 'isnotnull' })
  expect(where('owner.id', 'in', ['u-1', 'u-2'])).toEqual({
    field: 'owner.id',
    op: 'in',
    value: ['u-1', 'u-2'],
  })
  expect(() => where('owner.id', 'in', 'u-1')).toThrow(FilterBuildError)
  expect(() => where('owner.id', 'eq', ['u-1'])).toThrow(/single value/)
  expect(() => where('last_name', 'contains')).toThrow(/needs a value/)
})

test('operators are checked against the field type at run time too (URL input is untyped)', () => {
  const untyped: (field: string, op: string, value?: string) => unknown = (field, op, value) =>
    Reflect.apply(where, undefined, [field, op, value])
  expect(() => untyped('birthday', 'contains', '1990')).toThrow(/not allowed on "birthday"/)
  expect(() => untyped('archived', 'ne', 'only')).toThrow(/not allowed/)
  expect(() => untyped('shoe_size', 'eq', '42')).toThrow(/Unknown filter field "shoe_size"/)
  expect(untyped('custom_fields.newsletter', 'eq', 'x')).toEqual({
    field: 'custom_fields.newsletter',
    op: 'eq',
    value: 'x',
  })
  expect(() => untyped('custom_fields.', 'eq', 'x')).toThrow(/Unknown filter field/)
})

test('sort strings are built and parsed as Kanbert writes them', () => {
  const keys = [
    { field: 'last_name', direction: 'desc' as const },
    { field: 'first_name', direction: 'asc' as const },
  ]
  expect(buildSort(keys)).toBe('-last_name,first_name')
  expect(parseSort('-last_name,first_name')).toEqual(keys)
  expect(parseSort(' -created_at , ,- ,custom_fields.lead_source')).toEqual([
    { field: 'created_at', direction: 'desc' },
    { field: 'custom_fields.lead_source', direction: 'asc' },
  ])
  expect(buildSort([])).toBeUndefined()
  expect(parseSort(null)).toEqual([])
})
