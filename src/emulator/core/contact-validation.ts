import type { Lookups } from './lookups'
import { ApiError, type ValidationErrors } from './responses'
import { isValidDate } from './time'
import { contactStringFields, type ContactStringField } from '../../api/schemas/contact'
import {
  type CompanyLink,
  type ContactRecord,
  type CustomFieldDefinition,
  type CustomFieldValue,
} from './types'

/** The §5.4 write body, validated into the changes it makes. Rules follow Laravel's wording. */
export interface ContactChanges {
  fields: Partial<Record<ContactStringField | 'address_country_id' | 'owner_id' | 'client_id', string | null>>
  companies?: CompanyLink[]
  custom_fields?: Record<string, CustomFieldValue>
}

export type ValidationResult = { ok: true; changes: ContactChanges } | { ok: false; errors: ValidationErrors }

const MAX_LENGTH = 255
const EMAIL_RE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/
const label = (key: string): string => (key.includes('.') ? key : key.replace(/_/g, ' '))
const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

class Collector {
  readonly errors: ValidationErrors = {}
  add(key: string, message: string): void {
    ;(this.errors[key] ??= []).push(message)
  }
  get empty(): boolean {
    return Object.keys(this.errors).length === 0
  }
}

/** Laravel's TrimStrings + ConvertEmptyStringsToNull: `""` is stored as null (§14.5). */
function readString(value: unknown, key: string, errors: Collector): string | null | undefined {
  if (value === null || value === undefined) return null
  if (typeof value !== 'string') {
    errors.add(key, `The ${label(key)} field must be a string.`)
    return undefined
  }
  const trimmed = value.trim()
  if (trimmed === '') return null
  if (Array.from(trimmed).length > MAX_LENGTH) {
    errors.add(key, `The ${label(key)} field must not be greater than ${String(MAX_LENGTH)} characters.`)
    return undefined
  }
  return trimmed
}

function readCompanies(value: unknown, lookups: Lookups, errors: Collector): CompanyLink[] | undefined {
  if (value === null) return []
  if (!Array.isArray(value)) {
    errors.add('companies', 'The companies field must be an array.')
    return undefined
  }
  const links = new Map<string, CompanyLink>()
  value.forEach((entry: unknown, i) => {
    const base = `companies.${String(i)}`
    const id: unknown = isRecord(entry) ? entry.id : entry
    if (typeof id !== 'string' || !lookups.companies.has(id)) {
      errors.add(`${base}.id`, `The selected ${base}.id is invalid.`)
      return
    }
    const position = isRecord(entry) ? readString(entry.position, `${base}.position`, errors) : null
    if (position !== undefined) links.set(id, { company_id: id, position })
  })
  return [...links.values()]
}

function readCustomValue(
  def: CustomFieldDefinition,
  value: unknown,
  lookups: Lookups,
  errors: Collector,
): CustomFieldValue | undefined {
  const key = `custom_fields.${def.alias}`
  if (value === null || value === '') return null
  const fail = (message: string): undefined => {
    errors.add(key, message)
    return undefined
  }
  switch (def.type) {
    case 'boolean':
      return typeof value === 'boolean' ? value : fail(`The ${key} field must be true or false.`)
    case 'number':
      // C: custom-field values are string | boolean | integer | null (contract, customFieldTypes).
      return typeof value === 'number' && Number.isSafeInteger(value)
        ? value
        : fail(`The ${key} field must be an integer.`)
    case 'date':
      return typeof value === 'string' && isValidDate(value)
        ? value
        : fail(`The ${key} field must be a valid date.`)
    case 'select':
      if (typeof value !== 'string') return fail(`The ${key} field must be a string.`)
      return def.options?.includes(value) ? value : fail(`The selected ${key} is invalid.`)
    case 'multiselect':
      if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string'))
        return fail(`The ${key} field must be an array.`)
      return value.every((v) => def.options?.includes(v))
        ? [...value]
        : fail(`The selected ${key} is invalid.`)
    case 'user':
      return typeof value === 'string' && lookups.users.has(value)
        ? value
        : fail(`The selected ${key} is invalid.`)
    default:
      return readString(value, key, errors)
  }
}

function readCustomFields(
  value: unknown,
  lookups: Lookups,
  errors: Collector,
): Record<string, CustomFieldValue> | undefined {
  if (!isRecord(value)) {
    errors.add('custom_fields', 'The custom fields field must be an array.')
    return undefined
  }
  const out: Record<string, CustomFieldValue> = {}
  for (const def of lookups.customFields('contact')) {
    if (!Object.hasOwn(value, def.alias)) continue // partial; unknown aliases are ignored (§14.5)
    const parsed = readCustomValue(def, value[def.alias], lookups, errors)
    if (parsed !== undefined) out[def.alias] = parsed
  }
  return out
}

const relations = [
  ['address_country_id', 'countries'],
  ['owner_id', 'users'],
  ['client_id', 'clients'],
] as const

export function validateContactWrite(
  body: unknown,
  lookups: Lookups,
  existing: ContactRecord | null,
): ValidationResult {
  if (body !== undefined && !isRecord(body))
    throw new ApiError(400, 'The request body must be a JSON object.')
  const input = body ?? {}
  const errors = new Collector()
  const changes: ContactChanges = { fields: {} }
  for (const key of contactStringFields) {
    if (!Object.hasOwn(input, key)) continue
    const value = readString(input[key], key, errors)
    if (value === undefined) continue
    if ((key === 'email' || key === 'email_private') && value !== null && !EMAIL_RE.test(value)) {
      errors.add(key, `The ${label(key)} field must be a valid email address.`)
    } else if (key === 'birthday' && value !== null && !isValidDate(value)) {
      errors.add(key, 'The birthday field must be a valid date.')
    } else if (
      key === 'external_id' &&
      value !== null &&
      lookups.state.contacts.some((c) => c.external_id === value && c.id !== existing?.id)
    ) {
      errors.add(key, 'The external id has already been taken.')
    } else changes.fields[key] = value
  }
  for (const [key, table] of relations) {
    if (!Object.hasOwn(input, key)) continue
    const value = readString(input[key], key, errors)
    if (value === undefined) continue
    if (value !== null && !lookups[table].has(value))
      errors.add(key, `The selected ${label(key)} is invalid.`)
    else changes.fields[key] = value
  }
  if (Object.hasOwn(input, 'companies')) changes.companies = readCompanies(input.companies, lookups, errors)
  if (Object.hasOwn(input, 'custom_fields'))
    changes.custom_fields = readCustomFields(input.custom_fields, lookups, errors)

  const nameAfter = (key: 'first_name' | 'last_name'): string | null =>
    Object.hasOwn(changes.fields, key)
      ? (changes.fields[key] ?? null)
      : Object.hasOwn(input, key)
        ? 'invalid'
        : (existing?.[key] ?? null)
  if (nameAfter('first_name') === null && nameAfter('last_name') === null) {
    errors.add('first_name', 'The first name field is required when last name is not present.')
    errors.add('last_name', 'The last name field is required when first name is not present.')
  }
  return errors.empty ? { ok: true, changes } : { ok: false, errors: errors.errors }
}
