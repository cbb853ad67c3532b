/**
 * The contact custom-field definitions (and the page walker lookups share): apart from the other
 * lookups, as the list's first page needs only these.
 */
import { queryOptions } from '@tanstack/react-query'
import type * as z from 'zod/mini'
import { apiRequest, buildUrl } from '../../../lib/api-client'
import { HttpError } from '../../../lib/api-errors'
import { cursorPageSchema } from '../../../api/schemas/common'
import { customFieldDefinitionSchema } from '../../../api/schemas/custom-field'
import { CONTACT_CUSTOM_FIELD_ENTITY_TYPE, paths } from '../../../contract/kanbert-contract'
import { contactCustomFieldsFilterQuery, lookupPageQuery } from './custom-field-params'

/** The key prefix of every lookup (see lookupQueries.all). */
export const LOOKUPS_KEY = ['lookups'] as const

/** Walks every cursor page of a (small) lookup list. */
export async function fetchAllPages<T extends z.core.$ZodType>(
  path: string,
  item: T,
  query: Record<string, string | undefined>,
  signal: AbortSignal,
): Promise<z.output<T>[]> {
  const pageSchema = cursorPageSchema(item)
  const all: z.output<T>[] = []
  let cursor: string | null = null
  for (let guard = 0; guard < 50; guard++) {
    const page: z.output<typeof pageSchema> = await apiRequest(path, pageSchema, {
      query: lookupPageQuery(query, cursor),
      signal,
    })
    all.push(...page.data)
    cursor = page.meta.next_cursor
    if (cursor === null) break
  }
  return all
}

/** The URL of the definitions' first page (as their query requests it). */
export const contactCustomFieldsFirstPageUrl = () =>
  buildUrl(paths.customFields, lookupPageQuery(contactCustomFieldsFilterQuery(), null))

/** I/G: definitions may not exist on the real API; a 404 means "none", and the UI infers from values. */
export const contactCustomFieldsQuery = () =>
  queryOptions({
    queryKey: [...LOOKUPS_KEY, 'custom-fields', CONTACT_CUSTOM_FIELD_ENTITY_TYPE] as const,
    queryFn: async ({ signal }) => {
      try {
        const all = await fetchAllPages(
          paths.customFields,
          customFieldDefinitionSchema,
          contactCustomFieldsFilterQuery(),
          signal,
        )
        return all.filter(
          (field) => field.entity_type === null || field.entity_type === CONTACT_CUSTOM_FIELD_ENTITY_TYPE,
        )
      } catch (error) {
        if (error instanceof HttpError && (error.status === 404 || error.status === 400)) return []
        throw error
      }
    },
    staleTime: 10 * 60_000,
  })
