import {
  clientFilterFields,
  clientSortFields,
  companyFilterFields,
  companySortFields,
  countryFilterFields,
  countrySortFields,
  customFieldFilterFields,
  customFieldSortFields,
  paths,
  userFilterFields,
  userSortFields,
  type CustomFieldType,
} from '../../../contract/kanbert-contract'
import { customAlias, type ListResource } from '../list/list-resource'
import type { Lookups } from '../lookups'
import { countries } from '../seed/countries'
import { clientData, companyData, contactData, customFieldData, userData } from '../serialize'
import type {
  ClientRecord,
  CompanyRecord,
  CountryRecord,
  CustomFieldDefinition,
  FieldValue,
  UserRecord,
} from '../types'
import { customFieldTypes } from './contact-resource'

/** Reads a top-level own property as a filter/sort value (only primitive columns qualify). */
function column(record: object, field: string): FieldValue {
  if (!Object.hasOwn(record, field)) return null
  const value: unknown = Reflect.get(record, field)
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? value : null
}

export const userResource = (lookups: Lookups): ListResource<UserRecord> => ({
  path: paths.users,
  filterFields: userFilterFields,
  sortFields: userSortFields,
  defaultSort: 'last_name,first_name',
  items: () => lookups.state.users,
  id: (u) => u.id,
  value: column,
  serialize: (u) => userData(u, lookups),
})

export const clientResource = (lookups: Lookups): ListResource<ClientRecord> => ({
  path: paths.clients,
  filterFields: clientFilterFields,
  sortFields: clientSortFields,
  defaultSort: 'name',
  items: () => lookups.state.clients,
  id: (c) => c.id,
  value: (c, field) =>
    field === 'primary_contact.id'
      ? c.primary_contact_id
      : field === 'origin_space.id'
        ? c.origin_space_id
        : column(c, field),
  serialize: (c) => clientData(c, lookups),
})

function companyValue(company: CompanyRecord, field: string): FieldValue {
  const alias = customAlias(field)
  if (alias !== null) return company.custom_fields[alias] ?? null
  if (field === 'business_field.id') return company.business_field?.id ?? null
  if (field === 'business_field.name') return company.business_field?.name ?? null
  return column(company, field)
}

export function companyResource(lookups: Lookups): ListResource<CompanyRecord> {
  let customTypes: ReadonlyMap<string, CustomFieldType> | null = null
  return {
    path: paths.companies,
    filterFields: companyFilterFields,
    sortFields: companySortFields,
    defaultSort: 'company_name',
    customFields: () => (customTypes ??= customFieldTypes(lookups, 'company')),
    includes: ['contacts'],
    items: () => lookups.state.companies,
    isArchived: (c) => c.deleted_at !== null,
    id: (c) => c.id,
    value: companyValue,
    serialize: (company, includes) => {
      const out = companyData(company, lookups)
      if (includes.has('contacts')) {
        out.contacts = lookups.state.contacts.flatMap((contact) => {
          const link =
            contact.deleted_at === null
              ? contact.companies.find((l) => l.company_id === company.id)
              : undefined
          return link
            ? [
                {
                  ...contactData(contact, lookups, false),
                  contact_company: { position: link.position ?? '' },
                },
              ]
            : []
        })
      }
      return out
    },
  }
}

export const countryResource = (): ListResource<CountryRecord> => ({
  path: paths.countries,
  filterFields: countryFilterFields,
  sortFields: countrySortFields,
  defaultSort: 'name',
  items: () => countries,
  id: (c) => c.id,
  value: column,
  serialize: (c) => ({ id: c.id, name: c.name, code: c.code }),
})

/** The old spec sorts custom fields by `name`/`slug`; our definitions call those `title`/`alias`. */
const customFieldColumn: Record<string, string> = { name: 'title', slug: 'alias' }

export const customFieldResource = (lookups: Lookups): ListResource<CustomFieldDefinition> => ({
  path: paths.customFields,
  filterFields: customFieldFilterFields,
  sortFields: customFieldSortFields,
  defaultSort: 'created_at',
  items: () => lookups.state.custom_fields,
  isArchived: (d) => d.deleted_at !== null,
  id: (d) => d.id,
  value: (d, field) => column(d, customFieldColumn[field] ?? field),
  serialize: (d) => customFieldData(d),
})
