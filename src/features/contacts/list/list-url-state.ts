/**
 * The contact list's state lives in the URL and only there. This module turns URL search params into
 * `ContactListParams` (never throwing: garbage falls back to defaults and is reported as a dropped note)
 * and back. Conditions are repeated `f=<field>:<op>:<JSON value>` params, e.g.
 * `f=last_name:contains:"Müller"` or `f=owner.id:isnull`.
 */
import * as z from 'zod/mini'
import {
  CUSTOM_FIELD_PREFIX,
  PAGE_SIZES,
  archivedValues,
  contactFilterFields,
} from '../../../contract/kanbert-contract'
import { fieldType, isOperatorAllowed, isValuelessOperator, parseSort, buildSort } from '../../../lib/filter'
import type { FilterCondition } from '../../../lib/filter'
import {
  ALIAS_PATTERN,
  MAX_CURSOR_LENGTH,
  MAX_SEARCH_LENGTH,
  defaultContactListParams,
  isSortableField,
  type ContactListParams,
} from '../api/contact-list-params'

export { isSortableField }

export const urlKeys = {
  search: 'q',
  condition: 'f',
  match: 'match',
  archived: 'archived',
  sort: 'sort',
  size: 'size',
  cursor: 'cursor',
} as const

/** Something in the URL we could not use; shown to the user so nothing is dropped silently. */
export type DroppedNote =
  | { kind: 'condition'; raw: string }
  | { kind: 'sort'; raw: string }
  | { kind: 'size'; raw: string }
  | { kind: 'archived'; raw: string }
  | { kind: 'match'; raw: string }

const LIST_OPERATORS = ['in', 'nin', 'notin']

const scalarSchema = z.union([z.string().check(z.maxLength(500)), z.number(), z.boolean()])
const listSchema = z.array(scalarSchema).check(z.minLength(1), z.maxLength(100))

/** A field the list may filter on: every contract field except the archived pseudo-field, or a custom field. */
export function isFilterableField(field: string): boolean {
  if (field.startsWith(CUSTOM_FIELD_PREFIX))
    return ALIAS_PATTERN.test(field.slice(CUSTOM_FIELD_PREFIX.length))
  return field !== 'archived' && Object.hasOwn(contactFilterFields, field)
}

/** Validates one condition against the contract; null when it cannot be sent. */
export function validCondition(field: string, op: string, value: unknown): FilterCondition | null {
  const type = fieldType(contactFilterFields, field)
  const operator = op.toLowerCase()
  if (!isFilterableField(field) || type === undefined || !isOperatorAllowed(type, operator)) return null
  if (isValuelessOperator(operator)) return value === undefined ? { field, op: operator } : null
  if (LIST_OPERATORS.includes(operator)) {
    const list = listSchema.safeParse(value)
    return list.success ? { field, op: operator, value: list.data } : null
  }
  const scalar = scalarSchema.safeParse(value)
  if (!scalar.success || scalar.data === '') return null
  return { field, op: operator, value: scalar.data }
}

function parseCondition(raw: string): FilterCondition | null {
  const first = raw.indexOf(':')
  if (first <= 0) return null
  const field = raw.slice(0, first)
  const rest = raw.slice(first + 1)
  const second = rest.indexOf(':')
  const op = second === -1 ? rest : rest.slice(0, second)
  if (second === -1) return validCondition(field, op, undefined)
  try {
    return validCondition(field, op, JSON.parse(rest.slice(second + 1)))
  } catch {
    return null
  }
}

export function formatCondition(condition: FilterCondition): string {
  const head = `${condition.field}:${condition.op}`
  return condition.value === undefined ? head : `${head}:${JSON.stringify(condition.value)}`
}

export interface ParsedListUrl {
  params: ContactListParams
  dropped: DroppedNote[]
}

export function parseListUrl(search: URLSearchParams): ParsedListUrl {
  const dropped: DroppedNote[] = []
  const params: ContactListParams = { ...defaultContactListParams, conditions: [] }

  params.search = (search.get(urlKeys.search) ?? '').slice(0, MAX_SEARCH_LENGTH)

  for (const raw of search.getAll(urlKeys.condition)) {
    const condition = parseCondition(raw)
    if (condition) params.conditions.push(condition)
    else dropped.push({ kind: 'condition', raw })
  }

  const match = search.get(urlKeys.match)
  if (match === 'and' || match === 'or') params.match = match
  else if (match !== null) dropped.push({ kind: 'match', raw: match })

  const archived = search.get(urlKeys.archived)
  const archivedValue = archivedValues.find((value) => value === archived)
  if (archivedValue) params.archived = archivedValue
  else if (archived !== null) dropped.push({ kind: 'archived', raw: archived })

  const sort = search.get(urlKeys.sort)
  if (sort !== null) {
    const keys = parseSort(sort)
    const valid = keys.filter((key) => isSortableField(key.field))
    for (const key of keys) if (!isSortableField(key.field)) dropped.push({ kind: 'sort', raw: key.field })
    params.sort = buildSort(valid)
  }

  const size = search.get(urlKeys.size)
  const sizeValue = PAGE_SIZES.find((value) => String(value) === size)
  if (sizeValue) params.pageSize = sizeValue
  else if (size !== null) dropped.push({ kind: 'size', raw: size })

  const cursor = search.get(urlKeys.cursor)
  params.cursor = cursor && cursor.length <= MAX_CURSOR_LENGTH ? cursor : null

  return { params, dropped }
}

/** Only non-default values are written, so the plain list has a plain URL. */
export function listParamsToUrl(params: ContactListParams): URLSearchParams {
  const url = new URLSearchParams()
  const defaults = defaultContactListParams
  if (params.search.trim() !== '') url.set(urlKeys.search, params.search)
  for (const condition of params.conditions) url.append(urlKeys.condition, formatCondition(condition))
  if (params.match !== defaults.match) url.set(urlKeys.match, params.match)
  if (params.archived !== defaults.archived) url.set(urlKeys.archived, params.archived)
  if (params.sort) url.set(urlKeys.sort, params.sort)
  if (params.pageSize !== defaults.pageSize) url.set(urlKeys.size, String(params.pageSize))
  if (params.cursor) url.set(urlKeys.cursor, params.cursor)
  return url
}
