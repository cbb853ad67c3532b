/**
 * The minimal diff: which fields differ between two normalised contacts, and the write body that sends
 * only those. Two colleagues editing different fields therefore never overwrite each other. Pure.
 */
import type { CustomFieldValue } from '../../../api/schemas/company'
import { contactStringFields, type ContactStringField, type ContactWrite } from '../../../api/schemas/contact'
import {
  relationKeys,
  type NormalizedCompany,
  type NormalizedContact,
  type RelationKey,
} from './contact-normalize'

const CUSTOM_PREFIX = 'custom_fields.'

/** A changeable unit: a scalar, a relation id, the whole company list, or one custom field. */
export type FieldKey = ContactStringField | RelationKey | 'companies' | `custom_fields.${string}`

export function customFieldKey(alias: string): `custom_fields.${string}` {
  return `${CUSTOM_PREFIX}${alias}`
}

export function customAliasOf(key: FieldKey): string | null {
  return key.startsWith(CUSTOM_PREFIX) ? key.slice(CUSTOM_PREFIX.length) : null
}

export type CustomKey = `custom_fields.${string}`

export function isCustomKey(key: string): key is CustomKey {
  return key.startsWith(CUSTOM_PREFIX)
}

/** The standard (non-custom) keys, which have translated labels. */
export function isStandardKey(key: string): key is Exclude<FieldKey, CustomKey> {
  return isScalarKey(key) || isRelationKey(key) || key === 'companies'
}

function isScalarKey(key: string): key is ContactStringField {
  return (contactStringFields as readonly string[]).includes(key)
}

function isRelationKey(key: string): key is RelationKey {
  return (relationKeys as readonly string[]).includes(key)
}

export type FieldValue =
  | { kind: 'scalar'; value: string | null }
  | { kind: 'relation'; value: string | null; label: string | null }
  | { kind: 'companies'; value: NormalizedCompany[] }
  | { kind: 'custom'; alias: string; value: CustomFieldValue }

/** The value of one field, with what is needed to show it (labels of relations). */
export function readField(contact: NormalizedContact, key: FieldKey): FieldValue {
  if (isScalarKey(key)) return { kind: 'scalar', value: contact.scalars[key] }
  if (isRelationKey(key)) {
    const relation = contact.relations[key]
    return { kind: 'relation', value: relation.id, label: relation.label }
  }
  if (key === 'companies') return { kind: 'companies', value: contact.companies }
  const alias = customAliasOf(key) ?? key
  return { kind: 'custom', alias, value: contact.custom[alias] ?? null }
}

/** What is compared: the value the API stores (company names and relation labels do not count). */
function comparable(field: FieldValue): string {
  if (field.kind === 'companies') return JSON.stringify(field.value.map(({ id, position }) => [id, position]))
  return JSON.stringify(field.value)
}

export function allFieldKeys(...contacts: NormalizedContact[]): FieldKey[] {
  const aliases = new Set(contacts.flatMap((contact) => Object.keys(contact.custom)))
  return [...contactStringFields, ...relationKeys, 'companies', ...[...aliases].map(customFieldKey)]
}

export function changedKeys(base: NormalizedContact, next: NormalizedContact): FieldKey[] {
  return allFieldKeys(base, next).filter(
    (key) => comparable(readField(base, key)) !== comparable(readField(next, key)),
  )
}

export function isSameField(a: NormalizedContact, b: NormalizedContact, key: FieldKey): boolean {
  return comparable(readField(a, key)) === comparable(readField(b, key))
}

/** The write body carrying `keys` from `values`. Companies go as a whole list (the API replaces links). */
export function toContactWrite(values: NormalizedContact, keys: readonly FieldKey[]): ContactWrite {
  const body: ContactWrite = {}
  for (const key of keys) {
    const field = readField(values, key)
    if (field.kind === 'scalar' && isScalarKey(key)) body[key] = field.value
    else if (field.kind === 'relation' && isRelationKey(key)) body[key] = field.value
    else if (field.kind === 'companies')
      body.companies = field.value.map(({ id, position }) => ({ id, position }))
    else if (field.kind === 'custom')
      body.custom_fields = { ...body.custom_fields, [field.alias]: field.value }
  }
  return body
}

export function diffContact(base: NormalizedContact, next: NormalizedContact): ContactWrite {
  return toContactWrite(next, changedKeys(base, next))
}
