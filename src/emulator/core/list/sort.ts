import { ApiError } from '../responses'
import type { FieldValue } from '../types'
import { compareText } from './collation'

export interface SortKey {
  field: string
  desc: boolean
}

export interface SortSetup {
  isSortable(field: string): boolean
  /** Date-time columns compare as ISO strings, everything else textual through the German collation. */
  isPlain(field: string): boolean
}

/** `-created_at,last_name` → keys; unknown keys are a 400 like an invalid filter. */
export function parseSort(raw: string, setup: SortSetup): SortKey[] {
  const keys = raw
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => ({ field: part.replace(/^[-+]/, ''), desc: part.startsWith('-') }))
  for (const key of keys) {
    if (!setup.isSortable(key.field))
      throw new ApiError(400, `Invalid sort: field '${key.field}' is not sortable`)
  }
  return keys
}

export const formatSort = (keys: SortKey[]): string =>
  keys.map((k) => `${k.desc ? '-' : ''}${k.field}`).join(',')

const typeRank = (value: FieldValue): number =>
  value === null ? 0 : typeof value === 'boolean' ? 1 : typeof value === 'number' ? 2 : 3

/** Ascending order of two stored values; null is smallest (first ascending, last descending, as MySQL). */
export function compareValues(a: FieldValue, b: FieldValue, plain: boolean): number {
  const rank = typeRank(a) - typeRank(b)
  if (rank !== 0 || a === null || b === null) return rank
  if (typeof a === 'number' && typeof b === 'number') return a - b
  if (typeof a === 'boolean' && typeof b === 'boolean') return Number(a) - Number(b)
  const left = Array.isArray(a) ? a.join(', ') : String(a)
  const right = Array.isArray(b) ? b.join(', ') : String(b)
  if (plain) return left < right ? -1 : left > right ? 1 : 0
  return compareText(left, right)
}

/** A position in the ordering: the sort-key values plus the id, which is always the final tie-breaker. */
export interface SortPosition {
  values: FieldValue[]
  id: string
}

export function comparePositions(
  a: SortPosition,
  b: SortPosition,
  keys: SortKey[],
  setup: SortSetup,
): number {
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]
    if (!key) continue
    const result = compareValues(a.values[i] ?? null, b.values[i] ?? null, setup.isPlain(key.field))
    if (result !== 0) return key.desc ? -result : result
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
