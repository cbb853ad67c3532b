/**
 * The API URLs the boot module requests early, built exactly as the app will request them.
 *
 * The GET /contacts URL the list will request first for a list URL's search params, without the list's
 * zod-based URL parser (the boot module must stay small). Null when the URL holds anything this builder
 * does not read exactly as the list does (filter conditions, an unknown sort field): the list then
 * requests its first page itself.
 */
import { PAGE_SIZES, archivedValues, paths } from '../contract/kanbert-contract'
import { buildSort, parseSort } from '../lib/filter'
import { contactCustomFieldsFilterQuery, lookupPageQuery } from '../features/contacts/api/custom-field-params'
import {
  MAX_CURSOR_LENGTH,
  MAX_SEARCH_LENGTH,
  contactListQuery,
  defaultContactListParams,
  isSortableField,
} from '../features/contacts/api/contact-list-params'
import { requestUrl } from '../lib/request-url'

export function earlyListRequestUrl(apiBaseUrl: string, search: URLSearchParams): string | null {
  if (search.has('f') || search.has('match')) return null
  const archivedRaw = search.get('archived')
  const archived = archivedValues.find((value) => value === archivedRaw)
  if (archivedRaw !== null && archived === undefined) return null
  const sizeRaw = search.get('size')
  const size = PAGE_SIZES.find((value) => String(value) === sizeRaw)
  if (sizeRaw !== null && size === undefined) return null
  const sortRaw = search.get('sort')
  const sortKeys = sortRaw === null ? [] : parseSort(sortRaw)
  if (!sortKeys.every((key) => isSortableField(key.field))) return null
  const cursor = search.get('cursor')
  const params = {
    ...defaultContactListParams,
    search: (search.get('q') ?? '').slice(0, MAX_SEARCH_LENGTH),
    archived: archived ?? defaultContactListParams.archived,
    sort: sortRaw === null ? defaultContactListParams.sort : buildSort(sortKeys),
    pageSize: size ?? defaultContactListParams.pageSize,
    cursor: cursor && cursor.length <= MAX_CURSOR_LENGTH ? cursor : null,
  }
  return requestUrl(apiBaseUrl, paths.contacts, contactListQuery(params))
}

/** The first page of the contacts' custom-field definitions, as their query requests it. */
export function earlyCustomFieldsUrl(apiBaseUrl: string): string {
  return requestUrl(apiBaseUrl, paths.customFields, lookupPageQuery(contactCustomFieldsFilterQuery(), null))
}
