/**
 * What the contact list asks the API for. The list page maps URL search params to this object; the
 * object is the query key, so the key follows the URL and nothing else.
 */
import {
  CONTACT_INCLUDE_COMPANIES,
  CUSTOM_FIELD_PREFIX,
  contactSortFields,
  DEFAULT_ARCHIVED,
  DEFAULT_PAGE_SIZE,
  contactFilterFields,
  queryParams,
  type ArchivedValue,
} from '../../../contract/kanbert-contract'
import { and, createFilterBuilder, or, serializeFilter, type FilterCondition } from '../../../lib/filter'
import type { QueryValue } from '../../../lib/api-client'

export interface ContactListParams {
  /** Quick search over first name, last name and email. */
  search: string
  /** Conditions from the filter panel, combined by `match`. */
  conditions: FilterCondition[]
  match: 'and' | 'or'
  archived: ArchivedValue
  /** Kanbert sort string, e.g. `-last_name,first_name`; undefined = API default order. */
  sort: string | undefined
  pageSize: number
  cursor: string | null
}

export const defaultContactListParams: ContactListParams = {
  search: '',
  conditions: [],
  match: 'and',
  archived: DEFAULT_ARCHIVED,
  sort: undefined,
  pageSize: DEFAULT_PAGE_SIZE,
  cursor: null,
}

/** Limits of what the list reads from its URL (list/list-url-state.ts, and the boot module). */
export const MAX_SEARCH_LENGTH = 200
export const MAX_CURSOR_LENGTH = 2000
export const ALIAS_PATTERN = /^[A-Za-z0-9_-]+$/

export function isSortableField(field: string): boolean {
  if (field.startsWith(CUSTOM_FIELD_PREFIX))
    return ALIAS_PATTERN.test(field.slice(CUSTOM_FIELD_PREFIX.length))
  return (contactSortFields as readonly string[]).includes(field)
}

export const whereContact = createFilterBuilder(contactFilterFields)

/** Each word must match first name, last name or email: "anna maier" finds Anna Maier. */
export function searchFilter(search: string) {
  const words = search.trim().split(/\s+/u).filter(Boolean)
  return and(
    ...words.map((word) =>
      or(
        whereContact('first_name', 'contains', word),
        whereContact('last_name', 'contains', word),
        whereContact('email', 'contains', word),
      ),
    ),
  )
}

export function contactListFilter(
  params: Pick<ContactListParams, 'search' | 'conditions' | 'match' | 'archived'>,
) {
  return and(
    whereContact('archived', 'eq', params.archived),
    searchFilter(params.search),
    params.match === 'or' ? or(...params.conditions) : and(...params.conditions),
  )
}

/** The query string of GET /contacts for these params (brackets are encoded by URLSearchParams). */
export function contactListQuery(params: ContactListParams): Record<string, QueryValue> {
  return {
    [queryParams.include]: CONTACT_INCLUDE_COMPANIES,
    [queryParams.filter]: serializeFilter(contactListFilter(params)),
    [queryParams.sort]: params.sort,
    [queryParams.pageSize]: params.pageSize,
    [queryParams.pageCursor]: params.cursor,
  }
}
