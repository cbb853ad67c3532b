/**
 * The form's own value shape (what inputs hold: strings, picked objects, switches) and the conversions
 * from a contact into it. Inputs hold `''` for "empty"; normalisation to the API's `null` happens in
 * contact-normalize.ts, the one place both the diff and the draft logic read.
 */
import type { Client, Country, User } from '../../../api/schemas/common'
import type { CustomFieldValue } from '../../../api/schemas/company'
import { contactStringFields, type Contact, type ContactStringField } from '../../../api/schemas/contact'
import type { CustomFieldInfo, CustomFieldKind } from '../shared/custom-field-kinds'

export interface CompanyLinkValue {
  id: string
  /** Shown in the row and in the conflict dialog; never sent. */
  name: string
  position: string
}

/** Switches are tri-state (`null` = never set) so an untouched switch never counts as a change. */
export type CustomFormValue = string | boolean | null | string[]

export type ContactFormValues = Record<ContactStringField, string> & {
  address_country: Country | null
  owner: User | null
  client: Client | null
  companies: CompanyLinkValue[]
  custom_fields: Record<string, CustomFormValue>
}

/** Marks a date the user typed that is not a real date, so validation can say so instead of dropping it. */
export const INVALID_DATE = 'invalid-date'

function customValueAsText(value: CustomFieldValue): string {
  if (value === null) return ''
  if (Array.isArray(value)) return value.join(', ')
  return String(value)
}

export function customFormValue(kind: CustomFieldKind, value: CustomFieldValue | undefined): CustomFormValue {
  const stored = value ?? null
  switch (kind) {
    case 'boolean':
      return typeof stored === 'boolean' ? stored : null
    case 'list':
      if (Array.isArray(stored)) return stored
      return stored === null ? [] : [customValueAsText(stored)]
    default:
      return customValueAsText(stored)
  }
}

export function emptyContactFormValues(fields: readonly CustomFieldInfo[]): ContactFormValues {
  const scalars = Object.fromEntries(contactStringFields.map((key) => [key, ''])) as Record<
    ContactStringField,
    string
  >
  return {
    ...scalars,
    address_country: null,
    owner: null,
    client: null,
    companies: [],
    custom_fields: Object.fromEntries(
      fields.map((field) => [field.alias, customFormValue(field.kind, null)]),
    ),
  }
}

export function contactToFormValues(contact: Contact, fields: readonly CustomFieldInfo[]): ContactFormValues {
  const values = emptyContactFormValues(fields)
  for (const key of contactStringFields) values[key] = contact[key] ?? ''
  values.address_country = contact.address_country
  values.owner = contact.owner
  values.client = contact.client
  values.companies = (contact.companies ?? []).map((company) => ({
    id: company.id,
    name: company.company_name ?? company.id,
    position: company.contact_company?.position ?? '',
  }))
  for (const field of fields) {
    values.custom_fields[field.alias] = customFormValue(field.kind, contact.custom_fields[field.alias])
  }
  return values
}

/** Paths whose input is a text box: the scalar strings, company positions, and (any-kind) custom fields. */
export type CustomFieldName = `custom_fields.${string}`
