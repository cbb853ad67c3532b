import { countryById } from './seed/countries'
import type {
  ClientRecord,
  CompanyRecord,
  ContactRecord,
  CountryRecord,
  CustomFieldDefinition,
  EmulatorState,
  SpaceRecord,
  UserRecord,
} from './types'

/** Id indexes over the state, built per request (the lookup tables are small; contacts are indexed too). */
export interface Lookups {
  state: EmulatorState
  users: ReadonlyMap<string, UserRecord>
  clients: ReadonlyMap<string, ClientRecord>
  companies: ReadonlyMap<string, CompanyRecord>
  spaces: ReadonlyMap<string, SpaceRecord>
  countries: ReadonlyMap<string, CountryRecord>
  /** Active custom field definitions per entity type, in definition order. */
  customFields(entityType: string): CustomFieldDefinition[]
  contact(id: string): ContactRecord | undefined
}

const byId = <T extends { id: string }>(items: readonly T[]): Map<string, T> =>
  new Map(items.map((i) => [i.id, i]))

export function createLookups(state: EmulatorState): Lookups {
  let contacts: Map<string, ContactRecord> | null = null
  return {
    state,
    users: byId(state.users),
    clients: byId(state.clients),
    companies: byId(state.companies),
    spaces: byId(state.spaces),
    countries: countryById,
    customFields: (entityType) =>
      state.custom_fields.filter((d) => d.entity_type === entityType && d.deleted_at === null),
    contact: (id) => {
      contacts ??= byId(state.contacts)
      return contacts.get(id)
    },
  }
}
