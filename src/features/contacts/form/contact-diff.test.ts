import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { customAliasOf, customFieldKey, diffContact, isCustomKey, isStandardKey } from './contact-diff'
import { emptyContactFormValues, type ContactFormValues } from './contact-form-values'
import { buildContactFormSchema } from './contact-form-schema'
import { normalizeContact } from './contact-normalize'

const fields: CustomFieldInfo[] = [
  { alias: 'newsletter', title: 'Newsletter', kind: 'boolean', options: null },
  { alias: 'employees', title: 'Employees', kind: 'integer', options: null },
  { alias: 'share', title: 'Share', kind: 'number', options: null },
  { alias: 'interests', title: 'Interests', kind: 'list', options: null },
  { alias: 'since', title: 'Since', kind: 'date', options: null },
]

function values(patch: Partial<ContactFormValues> = {}): ContactFormValues {
  return { ...emptyContactFormValues(fields), first_name: 'Anna', last_name: 'Maier', ...patch }
}

function diff(before: ContactFormValues, after: ContactFormValues) {
  return diffContact(normalizeContact(before, fields), normalizeContact(after, fields))
}

test('no change gives an empty body; whitespace-only edits are no change', () => {
  expect(diff(values(), values())).toEqual({})
  expect(diff(values({ email: 'a@b.de' }), values({ email: '  a@b.de ' }))).toEqual({})
})

test('changed scalars are trimmed, and emptied ones are sent as null', () => {
  expect(diff(values({ email: 'a@b.de' }), values({ email: ' x@y.de ' }))).toEqual({
    email: 'x@y.de',
  })
  expect(diff(values({ address_town: 'Kiel' }), values({ address_town: '   ' }))).toEqual({
    address_town: null,
  })
})

test('relations are sent as ids', () => {
  const owner = {
    id: 'u-1',
    first_name: 'Jonas',
    last_name: 'Berg',
    email: 'j@b.de',
    type: 'user',
    space: { id: 's', name: 'S' },
  }
  expect(diff(values(), values({ owner }))).toEqual({ owner_id: 'u-1' })
  expect(diff(values({ owner }), values({ owner: null }))).toEqual({ owner_id: null })
  expect(diff(values(), values({ address_country: { id: 'c-at', name: 'Austria', code: 'AT' } }))).toEqual({
    address_country_id: 'c-at',
  })
})

test('companies go as the whole list when one position changes; renaming alone is no change', () => {
  const before = values({
    companies: [
      { id: 'co-1', name: 'ACME', position: 'CEO' },
      { id: 'co-2', name: 'B', position: '' },
    ],
  })
  const after = values({
    companies: [
      { id: 'co-1', name: 'ACME', position: 'CEO' },
      { id: 'co-2', name: 'B', position: ' CFO ' },
    ],
  })
  expect(diff(before, after)).toEqual({
    companies: [
      { id: 'co-1', position: 'CEO' },
      { id: 'co-2', position: 'CFO' },
    ],
  })
  expect(
    diff(
      before,
      values({
        companies: [
          { id: 'co-1', name: 'ACME Ltd', position: 'CEO' },
          { id: 'co-2', name: 'B', position: '' },
        ],
      }),
    ),
  ).toEqual({})
})

test('custom fields are partial and typed: only changed aliases, numbers as numbers', () => {
  const before = values({
    custom_fields: { newsletter: null, employees: '12', share: '', interests: [], since: '' },
  })
  const after = values({
    custom_fields: { newsletter: true, employees: '12', share: '1,5', interests: ['Lohn'], since: '' },
  })
  expect(diff(before, after)).toEqual({
    custom_fields: { newsletter: true, share: 1.5, interests: ['Lohn'] },
  })
})

test('an untouched "not set" switch and an empty list are not sent', () => {
  const before = values({
    custom_fields: { newsletter: null, employees: '', share: '', interests: [], since: '' },
  })
  expect(diff(before, values({ custom_fields: { ...before.custom_fields } }))).toEqual({})
})

test('the schema rejects decimals and words in integer fields, and non-dates', () => {
  const schema = buildContactFormSchema(fields)
  const result = schema.safeParse(
    values({
      birthday: '2023-02-30',
      custom_fields: { newsletter: null, employees: '1.5', share: 'abc', interests: [], since: '' },
    }),
  )
  expect(result.success).toBe(false)
  const messages = Object.fromEntries(
    (result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]),
  )
  expect(messages).toEqual({
    birthday: 'validation.date',
    'custom_fields.employees': 'validation.integer',
    'custom_fields.share': 'validation.number',
  })
  expect(
    schema.safeParse(
      values({
        custom_fields: {
          newsletter: false,
          employees: ' 42 ',
          share: '-0.5',
          interests: [],
          since: '2024-02-29',
        },
      }),
    ).success,
  ).toBe(true)
})

test('the schema asks for a first or a last name on both fields, and limits lengths', () => {
  const schema = buildContactFormSchema(fields)
  const noName = schema.safeParse(values({ first_name: ' ', last_name: '' }))
  expect(noName.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
    ['first_name', 'validation.nameRequired'],
    ['last_name', 'validation.nameRequired'],
  ])
  const long = schema.safeParse(values({ position: 'x'.repeat(256) }))
  expect(long.error?.issues.map((issue) => issue.message)).toEqual(['validation.tooLong'])
  expect(schema.safeParse(values({ email: 'anna@' })).error?.issues.map((issue) => issue.message)).toEqual([
    'validation.email',
  ])
})

test('standard fields, relations and the company list have labels of their own; custom fields are told apart', () => {
  for (const key of ['email', 'last_name', 'owner_id', 'address_country_id', 'companies'])
    expect(isStandardKey(key)).toBe(true)
  for (const key of ['custom_fields.email', 'companies.0.position', 'owner', ''])
    expect(isStandardKey(key)).toBe(false)
  expect(isCustomKey(customFieldKey('employees'))).toBe(true)
  expect(isCustomKey('employees')).toBe(false)
  expect(customAliasOf(customFieldKey('employees'))).toBe('employees')
  expect(customAliasOf('email')).toBeNull()
})
