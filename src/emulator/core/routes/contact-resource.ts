import {
  CONTACT_INCLUDE_COMPANIES,
  DEFAULT_CONTACT_SORT,
  contactFilterFields,
  contactSortFields,
  paths,
  type CustomFieldType,
} from '../../../contract/kanbert-contract'
import { customAlias, type ListResource } from '../list/list-resource'
import type { Lookups } from '../lookups'
import { contactData } from '../serialize'
import { contactStringFields, type ContactStringField } from '../../../api/schemas/contact'
import type { ContactRecord, FieldValue } from '../types'

const stringFields: ReadonlySet<string> = new Set(contactStringFields)
const isStringField = (field: string): field is ContactStringField => stringFields.has(field)

export function contactValue(contact: ContactRecord, field: string): FieldValue {
  const alias = customAlias(field)
  if (alias !== null) return contact.custom_fields[alias] ?? null
  switch (field) {
    case 'address_country.id':
      return contact.address_country_id
    case 'owner.id':
      return contact.owner_id
    case 'client.id':
      return contact.client_id
    case 'id':
      return contact.id
    case 'created_at':
    case 'updated_at':
    case 'deleted_at':
      return contact[field]
    default:
      return isStringField(field) ? contact[field] : null
  }
}

export const customFieldTypes = (
  lookups: Lookups,
  entityType: string,
): ReadonlyMap<string, CustomFieldType> =>
  new Map(lookups.customFields(entityType).map((d) => [d.alias, d.type]))

export function contactResource(lookups: Lookups): ListResource<ContactRecord> {
  let customTypes: ReadonlyMap<string, CustomFieldType> | null = null
  return {
    path: paths.contacts,
    filterFields: contactFilterFields,
    sortFields: contactSortFields,
    defaultSort: DEFAULT_CONTACT_SORT,
    customFields: () => (customTypes ??= customFieldTypes(lookups, 'contact')),
    includes: [CONTACT_INCLUDE_COMPANIES],
    items: () => lookups.state.contacts,
    isArchived: (c) => c.deleted_at !== null,
    id: (c) => c.id,
    value: contactValue,
    serialize: (c, includes) => contactData(c, lookups, includes.has(CONTACT_INCLUDE_COMPANIES)),
  }
}
