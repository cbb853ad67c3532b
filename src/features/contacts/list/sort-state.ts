/** The list's current primary sort and how a header click changes it (server-side sorting only). */
import { buildSort, parseSort, type SortDirection } from '../../../lib/filter'

export interface ActiveSort {
  field: string
  direction: SortDirection
}

export function activeSort(sort: string | undefined): ActiveSort | null {
  return parseSort(sort)[0] ?? null
}

/** A click on the active field flips its direction; any other field starts ascending. */
export function nextSort(sort: string | undefined, field: string): string | undefined {
  const current = activeSort(sort)
  const direction: SortDirection = current?.field === field && current.direction === 'asc' ? 'desc' : 'asc'
  return buildSort([{ field, direction }])
}
