import { draftToCondition, emptyDraft, type FilterDraft } from './filter-draft'

function draft(patch: Partial<FilterDraft>): FilterDraft {
  return { ...emptyDraft, ...patch }
}

const austria = { id: 'c-at', label: 'Austria', flag: 'AT' }
const germany = { id: 'c-de', label: 'Germany', flag: 'DE' }

test('a text condition is trimmed; an empty one asks for a value', () => {
  expect(draftToCondition(draft({ field: 'last_name', op: 'contains', text: ' Maier ' }), 'text')).toEqual({
    condition: { field: 'last_name', op: 'contains', value: 'Maier' },
  })
  expect(draftToCondition(draft({ field: 'last_name', op: 'eq', text: '   ' }), 'text')).toEqual({
    error: 'valueRequired',
  })
})

test('a number accepts a decimal comma and refuses words', () => {
  const field = 'custom_fields.employees'
  expect(draftToCondition(draft({ field, op: 'gt', text: '1,5' }), 'number')).toEqual({
    condition: { field, op: 'gt', value: 1.5 },
  })
  expect(draftToCondition(draft({ field, op: 'eq', text: '0' }), 'number')).toEqual({
    condition: { field, op: 'eq', value: 0 },
  })
  expect(draftToCondition(draft({ field, op: 'gt', text: 'many' }), 'number')).toEqual({
    error: 'numberInvalid',
  })
  expect(draftToCondition(draft({ field, op: 'gt', text: '' }), 'number')).toEqual({ error: 'valueRequired' })
})

test('a yes/no condition needs no typing: anything but "false" is yes', () => {
  const field = 'custom_fields.newsletter'
  expect(draftToCondition(draft({ field, op: 'eq', text: '' }), 'boolean')).toEqual({
    condition: { field, op: 'eq', value: true },
  })
  expect(draftToCondition(draft({ field, op: 'eq', text: 'false' }), 'boolean')).toEqual({
    condition: { field, op: 'eq', value: false },
  })
})

test('"is one of" takes the listed values without blanks, or the picked people and countries', () => {
  expect(
    draftToCondition(draft({ field: 'address_town', op: 'in', list: ['Kiel', ' ', 'Wien '] }), 'text'),
  ).toEqual({
    condition: { field: 'address_town', op: 'in', value: ['Kiel', 'Wien'] },
  })
  expect(
    draftToCondition(
      draft({ field: 'address_country.id', op: 'nin', picked: [austria, germany] }),
      'countries',
    ),
  ).toEqual({ condition: { field: 'address_country.id', op: 'nin', value: ['c-at', 'c-de'] } })
  expect(draftToCondition(draft({ field: 'address_town', op: 'in', list: [' '] }), 'text')).toEqual({
    error: 'valueRequired',
  })
  expect(draftToCondition(draft({ field: 'owner.id', op: 'in', picked: [] }), 'users')).toEqual({
    error: 'valueRequired',
  })
  expect(
    draftToCondition(draft({ field: 'custom_fields.employees', op: 'in', list: ['3', 'x'] }), 'number'),
  ).toEqual({ error: 'numberInvalid' })
})

test('a single lookup takes the first pick; none picked asks for one', () => {
  expect(
    draftToCondition(draft({ field: 'client.id', op: 'eq', picked: [germany, austria] }), 'clients'),
  ).toEqual({
    condition: { field: 'client.id', op: 'eq', value: 'c-de' },
  })
  expect(draftToCondition(draft({ field: 'client.id', op: 'eq' }), 'clients')).toEqual({
    error: 'valueRequired',
  })
})

test('"is empty" carries no value, whatever was typed before the operator changed', () => {
  expect(draftToCondition(draft({ field: 'email', op: 'isnull', text: 'left over' }), 'none')).toEqual({
    condition: { field: 'email', op: 'isnull' },
  })
})

test('a condition the contract does not allow is refused', () => {
  expect(draftToCondition(draft({ field: 'birthday', op: 'contains', text: '1980' }), 'date')).toEqual({
    error: 'valueRequired',
  })
})
