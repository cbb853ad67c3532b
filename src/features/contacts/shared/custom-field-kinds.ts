/**
 * What kind of value each contact custom field holds. Definitions win where the API provides them;
 * otherwise the kind is inferred from the values contacts carry, so a new key needs no code change.
 */
import type { Contact } from '../../../api/schemas/contact'
import type { CustomFieldValue } from '../../../api/schemas/company'
import type { CustomFieldDefinition } from '../../../api/schemas/custom-field'

/** `user`: the value is a user id, shown as the person's name (only known from a definition). */
export type CustomFieldKind =
  'string' | 'text' | 'boolean' | 'integer' | 'number' | 'date' | 'list' | 'user' | 'unknown'

export interface CustomFieldInfo {
  alias: string
  /** The definition's title, or null (the UI then shows the alias). */
  title: string | null
  kind: CustomFieldKind
  /** Options of select fields, when the definition lists them. */
  options: string[] | null
}

const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/

function kindFromDefinition(definition: CustomFieldDefinition): CustomFieldKind | null {
  switch (definition.type) {
    case 'text':
    case 'select':
      return 'string'
    case 'user':
      return 'user'
    case 'textarea':
      return 'text'
    case 'number':
      return 'integer'
    case 'boolean':
      return 'boolean'
    case 'date':
      return 'date'
    case 'multiselect':
      return 'list'
    case null:
      return null
  }
}

function kindOfValue(value: CustomFieldValue): CustomFieldKind | null {
  if (value === null) return null
  if (typeof value === 'boolean') return 'boolean'
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number'
  if (Array.isArray(value)) return 'list'
  return DATE_PATTERN.test(value) ? 'date' : 'string'
}

function merge(a: CustomFieldKind | null, b: CustomFieldKind | null): CustomFieldKind | null {
  if (a === null) return b
  if (b === null || a === b) return a
  if ((a === 'integer' && b === 'number') || (a === 'number' && b === 'integer')) return 'number'
  if ((a === 'date' && b === 'string') || (a === 'string' && b === 'date')) return 'string'
  return 'string'
}

export function inferCustomFields(
  definitions: readonly CustomFieldDefinition[],
  contacts: readonly Pick<Contact, 'custom_fields'>[],
): CustomFieldInfo[] {
  const inferred = new Map<string, CustomFieldKind | null>()
  for (const contact of contacts) {
    for (const [alias, value] of Object.entries(contact.custom_fields)) {
      inferred.set(alias, merge(inferred.get(alias) ?? null, kindOfValue(value)))
    }
  }
  const result = new Map<string, CustomFieldInfo>()
  for (const definition of definitions) {
    result.set(definition.alias, {
      alias: definition.alias,
      title: definition.title,
      kind: kindFromDefinition(definition) ?? inferred.get(definition.alias) ?? 'unknown',
      options:
        definition.options?.map((option) => (typeof option === 'string' ? option : option.title)) ?? null,
    })
  }
  for (const [alias, kind] of inferred) {
    if (!result.has(alias)) result.set(alias, { alias, title: null, kind: kind ?? 'unknown', options: null })
  }
  return [...result.values()]
}
