import type { Rng } from '../prng'
import { toIso } from '../time'
import type { ClientRecord, SpaceRecord, UserRecord, UserType } from '../types'
import { austrianLastNames, femaleFirstNames, germanLastNames, maleFirstNames, transliterate } from './names'

/** Fixed clock for seed timestamps, so a seed is identical whenever it is built. */
export const SEED_NOW_MS = Date.UTC(2026, 0, 15, 9, 0, 0)
const SEED_START_MS = Date.UTC(2019, 0, 2, 8, 0, 0)

export function seedTimestamp(rng: Rng): { created_at: string; updated_at: string } {
  const created = SEED_START_MS + Math.floor(rng.next() * (SEED_NOW_MS - SEED_START_MS - 86_400_000))
  const updated = rng.chance(0.4) ? created : created + Math.floor(rng.next() * (SEED_NOW_MS - created))
  return {
    created_at: toIso(Math.floor(created / 1000) * 1000),
    updated_at: toIso(Math.floor(updated / 1000) * 1000),
  }
}

export const spaces: SpaceRecord[] = [
  { id: 's-1', name: 'Steuerkanzlei Hofmann & Partner' },
  { id: 's-2', name: 'Lohnbüro Graz' },
]

export const ME_ID = 'u-01'

export function seedUsers(rng: Rng): UserRecord[] {
  // The signed-in user comes first and is fixed, so tests and screenshots can rely on the name.
  const users: UserRecord[] = [
    {
      id: ME_ID,
      first_name: 'Katharina',
      last_name: 'Weiß',
      email: 'katharina.weiss@hofmann-partner.example',
      type: 'user',
      space_id: 's-1',
    },
  ]
  const lastNames = [...germanLastNames, ...austrianLastNames]
  for (let i = 2; i <= 40; i++) {
    const first = rng.pick(rng.chance(0.5) ? femaleFirstNames : maleFirstNames)
    const last = rng.pick(lastNames)
    const type: UserType = i <= 28 ? 'user' : i <= 34 ? 'guest' : i <= 38 ? 'tax_advisor' : 'integration'
    const spaceId = i % 5 === 0 ? 's-2' : 's-1'
    const isBot = type === 'integration'
    users.push({
      id: `u-${String(i).padStart(2, '0')}`,
      first_name: isBot ? 'API' : first,
      last_name: isBot ? (i === 39 ? 'DATEV Sync' : 'Zapier') : last,
      email: isBot
        ? `integration-${String(i)}@hofmann-partner.example`
        : `${transliterate(first)}.${transliterate(last)}${type === 'guest' ? '@extern.example' : '@hofmann-partner.example'}`,
      type,
      space_id: spaceId,
    })
  }
  return users
}

const clientNames = [
  'Alpenblick Hotel',
  'Bäckerei Huber',
  'Müller & Söhne',
  'Zahnarztpraxis Dr. Gruber',
  'Weingut Käfer',
  'Tischlerei Pichler',
  'Autohaus Steiner',
  'Optik Fröhlich',
  'Gasthof zur Post',
  'Brauerei Größer',
  'Elektro Wimmer',
  'Physio Leitner',
  'Architekturbüro Lüthi',
  'Café Schönbrunn',
  'Malerbetrieb Öztürk',
]
export const legalForms = [
  'GmbH',
  'GmbH & Co. KG',
  'KG',
  'OG',
  'AG',
  'e.U.',
  'e.K.',
  'GbR',
  'UG (haftungsbeschränkt)',
  'SE',
]

export function seedClients(rng: Rng, users: UserRecord[]): ClientRecord[] {
  const clients: ClientRecord[] = []
  for (let i = 1; i <= 60; i++) {
    const base =
      i <= clientNames.length
        ? (clientNames[i - 1] ?? 'Mandant')
        : `${rng.pick(germanLastNames)} ${rng.pick(['Holding', 'Immobilien', 'Handel', 'Consulting', 'Bau'])}`
    const name = `${base} ${rng.pick(legalForms)}`
    const shared = i % 12 === 0
    clients.push({
      id: `cl-${String(i).padStart(2, '0')}`,
      external_id: rng.chance(0.3) ? `BMD-${String(10000 + i * 37)}` : null,
      external_origin: null,
      name,
      shortcode: rng.chance(0.6)
        ? transliterate(base)
            .replace(/[^a-z]/g, '')
            .slice(0, 4)
            .toUpperCase() + String(i)
        : null,
      primary_contact_id: rng.chance(0.7) ? rng.pick(users.slice(0, 28)).id : null,
      origin_space_id: shared ? 's-2' : null,
    })
  }
  for (const client of clients) if (client.external_id !== null) client.external_origin = 'bmd'
  return clients
}
