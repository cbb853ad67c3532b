import { contactStringFields, type ContactStringField } from '../../api/schemas/contact'
import type { ContactRecord } from './types'

const noStrings = Object.fromEntries(contactStringFields.map((key) => [key, null])) as Record<
  ContactStringField,
  null
>

/** A contact with nothing filled in: what a create starts from, and the base of seeded and test records. */
export function blankContact(id: string, stamps: { created_at: string; updated_at: string }): ContactRecord {
  return {
    id,
    ...noStrings,
    address_country_id: null,
    owner_id: null,
    client_id: null,
    companies: [],
    custom_fields: {},
    ...stamps,
    deleted_at: null,
  }
}
