import { expect, test } from 'vitest'
import { call, list, q, testEmulator } from '../test-helpers'

test('GET /users filters by type and sorts', async () => {
  const page = await list(
    testEmulator({ contactCount: 1 }),
    `/users?${q({ filter: 'type eq "tax_advisor"', sort: 'last_name', 'page[size]': '100' })}`,
  )
  expect(page.data.length).toBeGreaterThan(0)
  expect(page.data.every((u) => u.type === 'tax_advisor')).toBe(true)
  expect(Object.keys(page.data[0] ?? {})).toEqual(['id', 'first_name', 'last_name', 'email', 'type', 'space'])
})

test('GET /clients returns ClientData incl. shared clients and primary contacts', async () => {
  const emulator = testEmulator({ contactCount: 1 })
  const shared = await list(
    emulator,
    `/clients?${q({ filter: 'origin_space.id is not null', 'page[size]': '100' })}`,
  )
  expect(shared.data.length).toBeGreaterThan(0)
  expect(shared.data[0]?.origin_space).toEqual({ id: 's-2', name: 'Lohnbüro Graz' })
  const all = await list(emulator, '/clients?page[size]=100&sort=name')
  expect(all.data).toHaveLength(60)
  expect(all.data.some((c) => c.primary_contact !== null && c.shortcode !== null)).toBe(true)
})

test('GET /companies: CompanyData, archived scope, business_field filter, include=contacts', async () => {
  const emulator = testEmulator()
  const page = await list(
    emulator,
    `/companies?${q({ filter: 'business_field.name eq "Handwerk"', 'page[size]': '100' })}`,
  )
  expect(page.data.length).toBeGreaterThan(0)
  expect(page.data.every((c) => (c.business_field as { name?: string } | null)?.name === 'Handwerk')).toBe(
    true,
  )
  expect(page.data.every((c) => c.deleted_at === null)).toBe(true)
  const archived = await list(
    emulator,
    `/companies?${q({ filter: 'archived eq "only"', 'page[size]': '100' })}`,
  )
  expect(archived.data.length).toBe(6)
  const withContacts = await list(emulator, '/companies?include=contacts&page[size]=20')
  const embedded = withContacts.data.flatMap((c): unknown[] => (Array.isArray(c.contacts) ? c.contacts : []))
  expect(embedded.length).toBeGreaterThan(0)
  expect(embedded[0]).toHaveProperty('contact_company')
})

test('GET /countries: English names sorted, filter by code', async () => {
  const emulator = testEmulator({ contactCount: 1 })
  const page = await list(emulator, '/countries?page[size]=100')
  const names = page.data.map((c) => String(c.name))
  expect(names).toEqual([...names].sort(new Intl.Collator('de', { sensitivity: 'base' }).compare))
  expect(page.data.length).toBeGreaterThanOrEqual(60)
  for (const code of ['DE', 'AT', 'CH', 'LI', 'NL', 'FR', 'IT', 'PL', 'CZ', 'GB', 'US']) {
    expect(page.data.map((c) => c.code)).toContain(code)
  }
  expect((await list(emulator, `/countries?${q({ filter: 'code eq "ch"' })}`)).data).toEqual([
    { id: 'c-ch', name: 'Switzerland', code: 'CH' },
  ])
})

test('GET /custom-fields: definitions of several entity types, filterable to contacts', async () => {
  const emulator = testEmulator({ contactCount: 1 })
  const all = await list(emulator, '/custom-fields?page[size]=100')
  expect(new Set(all.data.map((d) => d.entity_type)).size).toBeGreaterThan(2)
  const contact = await list(
    emulator,
    `/custom-fields?${q({ filter: 'entity_type eq "contact"', sort: 'name' })}`,
  )
  expect(contact.data.map((d) => d.alias)).toContain('newsletter')
  expect(contact.data.map((d) => d.alias)).not.toContain('fax_code') // archived definition
  expect(new Set(contact.data.map((d) => d.type))).toEqual(
    new Set(['select', 'text', 'boolean', 'number', 'date', 'multiselect', 'textarea', 'user']),
  )
  expect(Object.keys(contact.data[0] ?? {})).toEqual([
    'id',
    'title',
    'alias',
    'type',
    'entity_type',
    'options',
    'created_at',
  ])
  expect((await call(emulator, 'GET', '/custom-fields?filter=alias%20eq%20%22x%22')).status).toBe(400)
})
