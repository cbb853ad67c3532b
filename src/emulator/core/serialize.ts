import type { Lookups } from './lookups'
import { contactStringFields } from '../../api/schemas/contact'
import {
  companyStringFields,
  type ClientRecord,
  type CompanyRecord,
  type ContactRecord,
  type CustomFieldDefinition,
  type CustomFieldValue,
  type UserRecord,
} from './types'

/** Record → contract `*Data` shapes (§5.3, §8, §10), keys in the documented order. */

export function userData(user: UserRecord, lookups: Lookups): Record<string, unknown> {
  const space = lookups.spaces.get(user.space_id)
  return {
    id: user.id,
    first_name: user.first_name,
    last_name: user.last_name,
    email: user.email,
    type: user.type,
    space: space ? { id: space.id, name: space.name } : null,
  }
}

const userRef = (id: string | null, lookups: Lookups): Record<string, unknown> | null => {
  const user = id === null ? undefined : lookups.users.get(id)
  return user ? userData(user, lookups) : null
}

export function clientData(client: ClientRecord, lookups: Lookups): Record<string, unknown> {
  const space = client.origin_space_id === null ? undefined : lookups.spaces.get(client.origin_space_id)
  return {
    id: client.id,
    external_id: client.external_id,
    external_origin: client.external_origin,
    name: client.name,
    shortcode: client.shortcode,
    primary_contact: userRef(client.primary_contact_id, lookups),
    origin_space: space ? { id: space.id, name: space.name } : null,
  }
}

export function countryData(id: string | null, lookups: Lookups): Record<string, unknown> | null {
  const country = id === null ? undefined : lookups.countries.get(id)
  return country ? { id: country.id, name: country.name, code: country.code } : null
}

function customFieldsOf(
  values: Record<string, CustomFieldValue>,
  definitions: CustomFieldDefinition[],
): Record<string, CustomFieldValue> {
  const out: Record<string, CustomFieldValue> = {}
  for (const def of definitions) {
    const value = values[def.alias]
    out[def.alias] = Array.isArray(value) ? [...value] : (value ?? null)
  }
  return out
}

export function companyData(
  company: CompanyRecord,
  lookups: Lookups,
  position?: string | null,
): Record<string, unknown> {
  const out: Record<string, unknown> = { id: company.id }
  const put = (key: (typeof companyStringFields)[number]): void => {
    out[key] = company[key]
  }
  ;(
    ['external_id', 'external_origin', 'vendor_identifier', 'company_name', 'locale', 'tax_uid'] as const
  ).forEach(put)
  out.taxation_enabled = company.taxation_enabled
  ;(['iban', 'bic', 'email', 'email_general', 'phone', 'fax', 'homepage'] as const).forEach(put)
  out.invoices_by_post = company.invoices_by_post
  out.invoices_by_email = company.invoices_by_email
  out.business_field = company.business_field ? { ...company.business_field } : null
  out.company_size = company.company_size ? { ...company.company_size } : null
  out.company_revenue = company.company_revenue ? { ...company.company_revenue } : null
  for (const key of companyStringFields.slice(companyStringFields.indexOf('person_attention_to'))) {
    if (key === 'delivery_person_attention_to') {
      out.address_invoice_country = countryData(company.address_invoice_country_id, lookups)
      out.address_invoice_is_delivery = company.address_invoice_is_delivery
    }
    put(key)
  }
  out.address_delivery_country = countryData(company.address_delivery_country_id, lookups)
  const client = company.client_id === null ? undefined : lookups.clients.get(company.client_id)
  out.client = client ? clientData(client, lookups) : null
  out.tags = company.tags.map((t) => ({ ...t }))
  out.custom_fields = customFieldsOf(company.custom_fields, lookups.customFields('company'))
  out.created_at = company.created_at
  out.updated_at = company.updated_at
  out.deleted_at = company.deleted_at
  // §14.1: the pivot travels on the embedded side of the contact–company link.
  if (position !== undefined) out.contact_company = { position: position ?? '' }
  return out
}

export function contactData(
  contact: ContactRecord,
  lookups: Lookups,
  includeCompanies: boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = { id: contact.id }
  for (const key of contactStringFields) out[key] = contact[key]
  out.address_country = countryData(contact.address_country_id, lookups)
  out.owner = userRef(contact.owner_id, lookups)
  const client = contact.client_id === null ? undefined : lookups.clients.get(contact.client_id)
  out.client = client ? clientData(client, lookups) : null
  if (includeCompanies) {
    out.companies = contact.companies.flatMap((link) => {
      const company = lookups.companies.get(link.company_id)
      return company ? [companyData(company, lookups, link.position)] : []
    })
  }
  out.custom_fields = customFieldsOf(contact.custom_fields, lookups.customFields('contact'))
  out.created_at = contact.created_at
  out.updated_at = contact.updated_at
  out.deleted_at = contact.deleted_at
  return out
}

export function customFieldData(def: CustomFieldDefinition): Record<string, unknown> {
  const { id, title, alias, type, entity_type, options, created_at } = def
  return { id, title, alias, type, entity_type, options: options ? [...options] : null, created_at }
}
