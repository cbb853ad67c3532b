import { expect, test } from 'vitest'
import { createSeedState } from './create-seed-state'

// Seeding speed is not asserted here (timings flake on a busy machine); `npm run bench` is where speed lives.
test('seeds 2,000 contacts by default, deterministically per seed', () => {
  expect(createSeedState().contacts).toHaveLength(2000)
  expect(JSON.stringify(createSeedState(7, 50))).toBe(JSON.stringify(createSeedState(7, 50)))
  expect(JSON.stringify(createSeedState(8, 50))).not.toBe(JSON.stringify(createSeedState(7, 50)))
})

test('seed has the documented proportions and variety', () => {
  const { contacts, users, clients, companies } = createSeedState()
  const archived = contacts.filter((c) => c.deleted_at !== null).length / contacts.length
  expect(archived).toBeGreaterThan(0.05)
  expect(archived).toBeLessThan(0.11)
  const sparse = contacts.filter(
    (c) => c.email === null && c.address_town === null && c.owner_id === null,
  ).length
  expect(sparse / contacts.length).toBeGreaterThan(0.1)
  expect(users).toHaveLength(40)
  expect(new Set(users.map((u) => u.type))).toEqual(new Set(['user', 'guest', 'tax_advisor', 'integration']))
  expect(clients).toHaveLength(60)
  expect(clients.some((c) => c.origin_space_id !== null)).toBe(true)
  expect(companies).toHaveLength(150)
  const names = contacts.map((c) => `${c.first_name ?? ''} ${c.last_name ?? ''}`).join('|')
  for (const fragment of ['Müller', 'Weiß', 'Jürgen', 'Bärbel', 'Öztürk', '<b>Bold</b> & Co', '🦄', 'مريم']) {
    expect(names).toContain(fragment)
  }
  expect(contacts.some((c) => c.mobile?.startsWith('+43 ') === true)).toBe(true)
  expect(contacts.some((c) => c.mobile?.startsWith('+41 ') === true)).toBe(true)
  expect(contacts.some((c) => c.email?.includes('mueller') === true)).toBe(true)
  expect(contacts.every((c) => c.custom_fields.legacy_id === null)).toBe(true)
  expect(contacts.filter((c) => c.custom_fields.internal_note === null).length).toBeGreaterThan(1800)
  expect(contacts.some((c) => c.companies.length === 3)).toBe(true)
  expect(
    contacts
      .map((c) => c.created_at)
      .sort()[0]
      ?.startsWith('2019'),
  ).toBe(true)
})
