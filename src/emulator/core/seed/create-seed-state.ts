import { createRng } from '../prng'
import type { EmulatorState } from '../types'
import { seedContacts } from './seed-contacts'
import { customFieldDefinitions } from './custom-field-definitions'
import { seedCompanies } from './seed-companies'
import { ME_ID, seedClients, seedUsers, spaces } from './seed-organisations'

export const DEFAULT_SEED = 20_260_115
export const DEFAULT_CONTACT_COUNT = 2000

/** Builds the whole deterministic seed. Same (seed, contactCount) → same state, byte for byte. */
export function createSeedState(seed = DEFAULT_SEED, contactCount = DEFAULT_CONTACT_COUNT): EmulatorState {
  const rng = createRng(seed)
  const users = seedUsers(rng)
  const clients = seedClients(rng, users)
  const companies = seedCompanies(rng, clients)
  const contacts = seedContacts(seed, contactCount, { users, clients, companies })
  return {
    version: 1,
    seed,
    me_id: ME_ID,
    sequence: 0,
    spaces: spaces.map((s) => ({ ...s })),
    users,
    clients,
    companies,
    contacts,
    custom_fields: customFieldDefinitions.map((d) => ({ ...d, options: d.options ? [...d.options] : null })),
  }
}
