/** The read model is tolerant of what a real Kanbert may send differently (contract: INFERRED/GAP). */
import { cursorPageSchema, singleObjectSchema } from './common'
import { contactSchema } from './contact'

const minimalContact = {
  id: 'c1',
  address_country: null,
  owner: null,
  client: null,
  custom_fields: {},
  created_at: '2026-01-02T03:04:05Z',
  updated_at: '2026-01-02T03:04:05Z',
}

test('a missing string column reads as null; a given one, or null, is kept', () => {
  const contact = contactSchema.parse({ ...minimalContact, first_name: 'Ada', last_name: null })
  expect(contact.first_name).toBe('Ada')
  expect(contact.last_name).toBeNull()
  expect(contact.email).toBeNull()
  expect(contact.deleted_at).toBeNull()
})

test('unknown extra keys are dropped, not refused', () => {
  const contact = contactSchema.parse({ ...minimalContact, shoe_size: 44 })
  expect(contact).not.toHaveProperty('shoe_size')
})

test('a string column of the wrong type is refused, with the path and what came', () => {
  const result = contactSchema.safeParse({ ...minimalContact, email: 42 })
  expect(result.success).toBe(false)
  expect(result.error?.issues[0]).toMatchObject({ path: ['email'], code: 'invalid_type' })
})

test('a custom field value of an unexpected type reads as null; missing custom_fields as none', () => {
  const contact = contactSchema.parse({ ...minimalContact, custom_fields: { a: 'x', b: { nested: 1 } } })
  expect(contact.custom_fields).toEqual({ a: 'x', b: null })
  expect(contactSchema.parse({ ...minimalContact, custom_fields: undefined }).custom_fields).toEqual({})
})

test('a company without its pivot or flags gets null and false', () => {
  const contact = contactSchema.parse({ ...minimalContact, companies: [{ id: 'k1' }] })
  expect(contact.companies?.[0]).toMatchObject({
    id: 'k1',
    company_name: null,
    contact_company: null,
    taxation_enabled: false,
    tags: [],
  })
})

test('a page accepts links as an array, an object or not at all', () => {
  const meta = { per_page: '30', next_cursor: null, prev_cursor: null }
  const page = cursorPageSchema(contactSchema)
  for (const links of [[], { first: null }, undefined]) {
    const parsed = page.parse({ data: [minimalContact], links, meta })
    expect(parsed.data).toHaveLength(1)
    expect(parsed.meta.per_page).toBe(30)
  }
})

test('a single contact may come bare or wrapped in data', () => {
  const single = singleObjectSchema(contactSchema)
  expect(single.parse(minimalContact).id).toBe('c1')
  expect(single.parse({ data: minimalContact }).id).toBe('c1')
})
