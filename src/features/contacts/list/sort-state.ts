/** The list's current primary sort and how a header click changes it (server-side sorting only). */
import { DEFAULT_CONTACT_SORT } from '../../../contract/kanbert-contract'
import { buildSort, parseSort, type SortDirection } from '../../../lib/filter'

export interface ActiveSort {
  field: string
  direction: SortDirection
}

export function activeSort(sort: string | undefined): ActiveSort | null {
  return parseSort(sort)[0] ?? null
}

/** The order the rows are in: the chosen sort, or the API's default order when none is chosen. */
export function effectiveSort(sort: string | undefined): ActiveSort | null {
  return activeSort(sort ?? DEFAULT_CONTACT_SORT)
}

/** A click on the field the rows are sorted by flips its direction; any other field starts ascending. */
export function nextSort(sort: string | undefined, field: string): string | undefined {
  const current = effectiveSort(sort)
  const direction: SortDirection = current?.field === field && current.direction === 'asc' ? 'desc' : 'asc'
  return buildSort([{ field, direction }])
}
