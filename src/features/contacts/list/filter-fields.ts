/**
 * What the filter UI offers per field: its group, which operators (the contract's, narrowed to the
 * canonical names and, for custom fields, to what makes sense for the value kind) and which value input.
 */
import {
  CUSTOM_FIELD_PREFIX,
  canonicalOperators,
  contactFilterFields,
  operatorsByType,
  type FilterFieldSpec,
  type FilterFieldType,
} from '../../../contract/kanbert-contract'
import { fieldType } from '../../../lib/filter'
import type { CustomFieldInfo, CustomFieldKind } from '../shared/custom-field-kinds'

export type FieldGroup = 'person' | 'address' | 'relations' | 'dates' | 'custom'

export const fieldGroups: Record<
  Exclude<FieldGroup, 'custom'>,
  readonly (keyof typeof contactFilterFields)[]
> = {
  person: [
    'first_name',
    'last_name',
    'email',
    'email_private',
    'telephone',
    'telephone_private',
    'mobile',
    'mobile_private',
    'fax',
  ],
  address: [
    'address_street',
    'address_house',
    'address_street2',
    'address_zip',
    'address_town',
    'address_state',
    'address_country.id',
  ],
  relations: ['owner.id', 'client.id'],
  dates: ['birthday', 'created_at', 'updated_at'],
}

const specs: Readonly<Record<string, FilterFieldSpec>> = contactFilterFields

/** `options`: one of a select or multiselect field's options. */
export type ValueInput =
  'text' | 'integer' | 'number' | 'date' | 'boolean' | 'users' | 'clients' | 'countries' | 'options' | 'none'

/** i18n keys cannot contain dots (they mean nesting): `owner.id` → `owner_id`. */
export function fieldKey(field: string) {
  return field.replaceAll('.', '_')
}

export function isCustomField(field: string) {
  return field.startsWith(CUSTOM_FIELD_PREFIX)
}

export function customAlias(field: string) {
  return field.slice(CUSTOM_FIELD_PREFIX.length)
}

const customOperators: Record<CustomFieldKind, readonly string[]> = {
  string: ['contains', 'eq', 'ne', 'startswith', 'endswith', 'in', 'nin', 'isnull', 'isnotnull'],
  text: ['contains', 'eq', 'ne', 'startswith', 'endswith', 'isnull', 'isnotnull'],
  boolean: ['eq', 'ne', 'isnull', 'isnotnull'],
  integer: ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'in', 'isnull', 'isnotnull'],
  number: ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'isnull', 'isnotnull'],
  date: ['eq', 'lt', 'lte', 'gt', 'gte', 'isnull', 'isnotnull'],
  list: ['contains', 'isnull', 'isnotnull'],
  user: ['eq', 'ne', 'in', 'nin', 'isnull', 'isnotnull'],
  unknown: ['eq', 'ne', 'contains', 'isnull', 'isnotnull'],
}

/** Select fields compare whole options; multiselect fields keep `contains` (one of the chosen options). */
const selectOperators = ['eq', 'ne', 'in', 'nin', 'isnull', 'isnotnull']

function customKind(field: string, customFields: readonly CustomFieldInfo[]): CustomFieldKind {
  return customFields.find((info) => info.alias === customAlias(field))?.kind ?? 'unknown'
}

/** The options of a select or multiselect custom field, or null. */
export function optionsFor(field: string, customFields: readonly CustomFieldInfo[]): string[] | null {
  if (!isCustomField(field)) return null
  const info = customFields.find((candidate) => candidate.alias === customAlias(field))
  return info?.options?.length && (info.kind === 'string' || info.kind === 'list') ? info.options : null
}

/** Canonical operators for the field, in the order the contract's canonical list gives. */
export function operatorsFor(field: string, customFields: readonly CustomFieldInfo[]): string[] {
  const type = fieldType(contactFilterFields, field)
  if (type === undefined) return []
  const allowed: readonly string[] = operatorsByType[type]
  const offered = canonicalOperators.filter((op) => allowed.includes(op))
  if (type !== 'custom')
    return type === 'string' ? ['contains', ...offered.filter((op) => op !== 'contains')] : offered
  const kind = customKind(field, customFields)
  const sensible =
    kind === 'string' && optionsFor(field, customFields) ? selectOperators : customOperators[kind]
  return sensible.filter((op) => allowed.includes(op))
}

export function isDateType(type: FilterFieldType | undefined) {
  return type === 'date' || type === 'datetime'
}

/** Which input takes the value (for a single value; list operators take several of the same). */
export function valueInputFor(
  field: string,
  op: string,
  customFields: readonly CustomFieldInfo[],
): ValueInput {
  if (op === 'isnull' || op === 'isnotnull') return 'none'
  if (isCustomField(field)) {
    const kind = customKind(field, customFields)
    if (kind === 'boolean') return 'boolean'
    if (kind === 'integer') return 'integer'
    if (kind === 'number') return 'number'
    if (kind === 'date') return 'date'
    if (kind === 'user') return 'users'
    if (optionsFor(field, customFields)) return 'options'
    return 'text'
  }
  const spec = Object.hasOwn(specs, field) ? specs[field] : undefined
  if (spec?.lookup) return spec.lookup
  if (isDateType(spec?.type)) return 'date'
  if (spec?.type === 'boolean') return 'boolean'
  return 'text'
}

export function isListOperator(op: string) {
  return op === 'in' || op === 'nin' || op === 'notin'
}
