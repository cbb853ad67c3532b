import { expect, test } from 'vitest'
import { contactSchema } from '../../../api/schemas/contact'
import { asRecord, call, testEmulator, TEST_NOW } from '../test-helpers'

const firstActive = (emulator: ReturnType<typeof testEmulator>): string => {
  const contact = emulator
    .getState()
    .contacts.find((c) => c.deleted_at === null && c.first_name !== null && c.last_name !== null)
  if (!contact) throw new Error('no active contact in seed')
  return contact.id
}

test('GET /contacts/{id} returns the un-wrapped contact in documented key order; unknown → 404', async () => {
  const emulator = testEmulator()
  const id = firstActive(emulator)
  const res = await call(emulator, 'GET', `/contacts/${id}`)
  expect(res.status).toBe(200)
  const body = asRecord(res.json)
  // The API schema lists ContactData's keys in the documented order; `companies` only comes on request.
  expect(Object.keys(body)).toEqual(Object.keys(contactSchema.shape).filter((key) => key !== 'companies'))
  expect(Object.keys(asRecord(body.custom_fields))).toEqual([
    'lead_source',
    'mandate_number',
    'newsletter',
    'employee_count',
    'customer_since',
    'interests',
    'internal_note',
    'account_manager',
    'legacy_id',
  ])
  expect((await call(emulator, 'GET', '/contacts/does-not-exist')).status).toBe(404)
})

test('include=companies embeds companies with the contact_company pivot', async () => {
  const emulator = testEmulator()
  const linked = emulator.getState().contacts.find((c) => c.companies.length > 1)
  if (!linked) throw new Error('seed has no multi-company contact')
  const body = asRecord((await call(emulator, 'GET', `/contacts/${linked.id}?include=companies`)).json)
  expect(Array.isArray(body.companies)).toBe(true)
  const companies = Array.isArray(body.companies) ? body.companies.map(asRecord) : []
  expect(companies.map((c) => c.id)).toEqual(linked.companies.map((l) => l.company_id))
  expect(companies[0]?.contact_company).toEqual({ position: linked.companies[0]?.position ?? '' })
  expect(companies[0]).toHaveProperty('tags')
  expect(companies[0]).toHaveProperty('address_invoice_country')
  expect((await call(emulator, 'GET', `/contacts/${linked.id}?include=owner`)).status).toBe(400)
})

test('create → 201 with write shape; show, update, archive, restore', async () => {
  const emulator = testEmulator({ clock: () => TEST_NOW })
  const created = await call(emulator, 'POST', '/contacts?include=companies', {
    first_name: 'Jürgen',
    last_name: 'Größer',
    email: 'j.groesser@example.at',
    address_country_id: 'c-at',
    owner_id: 'u-02',
    client_id: 'cl-01',
    companies: [{ id: 'co-001', position: 'Prokurist' }, 'co-002'],
    custom_fields: {
      newsletter: true,
      employee_count: 12,
      customer_since: '2024-02-29',
      lead_source: 'Messe',
      unknown_alias: 1,
    },
    title: '',
  })
  expect(created.status).toBe(201)
  const contact = asRecord(created.json)
  expect(contact).toMatchObject({
    first_name: 'Jürgen',
    last_name: 'Größer',
    title: null,
    address_country: { id: 'c-at', name: 'Austria', code: 'AT' },
    owner: { id: 'u-02' },
    client: { id: 'cl-01' },
    deleted_at: null,
    created_at: '2026-01-15T12:00:00Z',
  })
  expect(asRecord(contact.custom_fields)).toMatchObject({
    newsletter: true,
    employee_count: 12,
    customer_since: '2024-02-29',
    lead_source: 'Messe',
  })
  expect(asRecord(contact.custom_fields)).not.toHaveProperty('unknown_alias')
  const companies = Array.isArray(contact.companies) ? contact.companies.map(asRecord) : []
  expect(companies.map((c) => [c.id, c.contact_company])).toEqual([
    ['co-001', { position: 'Prokurist' }],
    ['co-002', { position: '' }],
  ])
  const id = String(contact.id)

  let now = TEST_NOW
  const later = testEmulator({ state: emulator.getState(), clock: () => (now += 60_000) })
  const updated = await call(later, 'PUT', `/contacts/${id}`, {
    email: '',
    companies: ['co-003'],
    custom_fields: { newsletter: false },
  })
  expect(updated.status).toBe(200)
  const after = asRecord(updated.json)
  expect(after).toMatchObject({ first_name: 'Jürgen', email: null, updated_at: '2026-01-15T12:01:00Z' })
  expect(after).not.toHaveProperty('companies')
  expect(asRecord(after.custom_fields)).toMatchObject({ newsletter: false, employee_count: 12 })
  expect(later.getState().contacts.find((c) => c.id === id)?.companies).toEqual([
    { company_id: 'co-003', position: null },
  ])
  expect((await call(later, 'PATCH', `/contacts/${id}`, { position: 'Buchhaltung' })).json).toMatchObject({
    position: 'Buchhaltung',
  })

  expect(await call(later, 'DELETE', `/contacts/${id}`)).toMatchObject({ status: 204, json: null })
  expect(asRecord((await call(later, 'GET', `/contacts/${id}`)).json).deleted_at).toBe('2026-01-15T12:03:00Z')
  expect((await call(later, 'PUT', `/contacts/${id}`, { position: 'x' })).status).toBe(404)
  expect((await call(later, 'DELETE', `/contacts/${id}`)).status).toBe(404)
  const restored = await call(later, 'POST', `/contacts/${id}/restore`)
  expect(restored.status).toBe(200)
  expect(asRecord(restored.json)).toMatchObject({ id, deleted_at: null, position: 'Buchhaltung' })
  expect((await call(later, 'PATCH', `/contacts/${id}/restore`)).status).toBe(200)
  expect((await call(later, 'POST', '/contacts/nope/restore')).status).toBe(404)
})

test('422: every validation rule, with Laravel message and dotted keys', async () => {
  const emulator = testEmulator()
  const taken = emulator.getState().contacts.find((c) => c.external_id !== null)?.external_id
  const res = await call(emulator, 'POST', '/contacts', {
    email: 'not-an-email',
    email_private: 'a@b',
    birthday: '2023-02-30',
    external_id: taken,
    owner_id: 'u-999',
    client_id: 'cl-999',
    address_country_id: 'c-xx',
    companies: [{ id: 'co-001', position: 'x'.repeat(256) }, { id: 'co-999' }],
    custom_fields: {
      newsletter: 'yes',
      employee_count: '12',
      customer_since: '2024-13-01',
      lead_source: 'Radio',
      interests: ['Lohn', 'Golf'],
    },
    address_town: 'y'.repeat(256),
  })
  expect(res.status).toBe(422)
  const body = asRecord(res.json)
  const errors = asRecord(body.errors)
  expect(Object.keys(errors).sort()).toEqual([
    'address_country_id',
    'address_town',
    'birthday',
    'client_id',
    'companies.0.position',
    'companies.1.id',
    'custom_fields.customer_since',
    'custom_fields.employee_count',
    'custom_fields.interests',
    'custom_fields.lead_source',
    'custom_fields.newsletter',
    'email',
    'email_private',
    'external_id',
    'first_name',
    'last_name',
    'owner_id',
  ])
  expect(errors.email).toEqual(['The email field must be a valid email address.'])
  expect(errors.owner_id).toEqual(['The selected owner id is invalid.'])
  expect(errors['custom_fields.newsletter']).toEqual([
    'The custom_fields.newsletter field must be true or false.',
  ])
  expect(errors['companies.0.position']).toEqual([
    'The companies.0.position field must not be greater than 255 characters.',
  ])
  expect(body.message).toBe(`${String(Object.values(errors).flat()[0])} (and 16 more errors)`)
  expect(emulator.getState().contacts.some((c) => c.address_town === 'y'.repeat(256))).toBe(false)
})

test('422 on a single error has no "(and …)" suffix; update may not clear both names', async () => {
  const emulator = testEmulator()
  const single = await call(emulator, 'POST', '/contacts', { last_name: 'Ok', email: 'bad' })
  expect(single).toMatchObject({
    status: 422,
    json: { message: 'The email field must be a valid email address.' },
  })
  const one = await call(emulator, 'POST', '/contacts', { last_name: 'Ok', birthday: 'x', email: 'bad' })
  expect(asRecord(one.json).message).toBe('The birthday field must be a valid date. (and 1 more error)')
  const id = firstActive(emulator)
  const cleared = await call(emulator, 'PATCH', `/contacts/${id}`, { first_name: null, last_name: '' })
  expect(cleared.status).toBe(422)
  expect(Object.keys(asRecord(asRecord(cleared.json).errors))).toEqual(['first_name', 'last_name'])
  expect((await call(emulator, 'PATCH', `/contacts/${id}`, { first_name: null })).status).toBe(200)
  expect((await call(emulator, 'POST', '/contacts', ['not', 'an', 'object'])).status).toBe(400)
})

test('routing: 404 for unknown routes, 405 for wrong methods, whoami un-wrapped', async () => {
  const emulator = testEmulator({ contactCount: 3 })
  expect(await call(emulator, 'GET', '/nope')).toMatchObject({
    status: 404,
    json: { message: 'The route api/v1/nope could not be found.' },
  })
  const wrong = await call(emulator, 'DELETE', '/contacts')
  expect(wrong.status).toBe(405)
  expect(wrong.headers.Allow).toBe('GET, POST')
  expect((await call(emulator, 'GET', '/whoami')).json).toEqual({
    id: 'u-01',
    first_name: 'Katharina',
    last_name: 'Weiß',
    email: 'katharina.weiss@hofmann-partner.example',
    type: 'user',
    space: { id: 's-1', name: 'Steuerkanzlei Hofmann & Partner' },
  })
})

test('a number custom field takes whole numbers only (custom_fields values are string | boolean | integer | null)', async () => {
  const emulator = testEmulator()
  const id = firstActive(emulator)
  const half = await call(emulator, 'PUT', `/contacts/${id}`, { custom_fields: { employee_count: 2.5 } })
  expect(half.status).toBe(422)
  expect(asRecord(asRecord(half.json).errors)['custom_fields.employee_count']).toEqual([
    'The custom_fields.employee_count field must be an integer.',
  ])
  const whole = await call(emulator, 'PUT', `/contacts/${id}`, { custom_fields: { employee_count: 3 } })
  expect(whole.status).toBe(200)
  expect(asRecord(asRecord(whole.json).custom_fields).employee_count).toBe(3)
})
