import {
  CUSTOM_FIELD_PREFIX,
  type CustomFieldType,
  type FilterFieldSpec,
} from '../../../contract/kanbert-contract'
import type { FilterFieldInfo } from '../filter/compile-filter'
import type { FieldValue } from '../types'
import type { SortSetup } from './sort'

/**
 * Everything the shared list machinery (envelope, paging, filtering, sorting) needs to know about one
 * endpoint. Each list endpoint declares one of these instead of re-implementing the machinery.
 */
export interface ListResource<T> {
  /** Path under the API base, used for `meta.path` and the cursor URLs. */
  path: string
  filterFields: Readonly<Record<string, FilterFieldSpec>>
  sortFields: readonly string[]
  /** Sort used when the request has none; `id` is appended as tie-breaker anyway. */
  defaultSort: string
  /** Aliases (→ custom field type) usable as `custom_fields.<alias>` in filter and sort. */
  customFields?: () => ReadonlyMap<string, CustomFieldType>
  includes?: readonly string[]
  items: () => readonly T[]
  /** Present for resources with soft delete: enables the `archived` scope (default `without`). */
  isArchived?: (item: T) => boolean
  id: (item: T) => string
  value: (item: T, field: string) => FieldValue
  serialize: (item: T, includes: ReadonlySet<string>) => unknown
}

export const customAlias = (field: string): string | null =>
  field.startsWith(CUSTOM_FIELD_PREFIX) ? field.slice(CUSTOM_FIELD_PREFIX.length) : null

export function filterFieldInfo<T>(resource: ListResource<T>, field: string): FilterFieldInfo | undefined {
  const alias = customAlias(field)
  if (alias !== null) {
    const customType = resource.customFields?.().get(alias)
    return customType ? { type: 'custom', customType } : undefined
  }
  return Object.hasOwn(resource.filterFields, field) ? resource.filterFields[field] : undefined
}

export function sortSetup<T>(resource: ListResource<T>): SortSetup {
  return {
    isSortable: (field) => {
      const alias = customAlias(field)
      if (alias !== null) return resource.customFields?.().has(alias) ?? false
      return resource.sortFields.includes(field)
    },
    isPlain: (field) => {
      const info = filterFieldInfo(resource, field)
      return (
        info?.type === 'datetime' || info?.type === 'date' || field === 'created_at' || field === 'updated_at'
      )
    },
  }
}
