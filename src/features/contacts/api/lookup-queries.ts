/**
 * Lookups the list filters and the edit form need: users (owner), clients, companies, countries and the
 * contact custom-field definitions. Each is isolated here so a differing real endpoint changes one place.
 */
import { queryOptions } from '@tanstack/react-query'
import type * as z from 'zod/mini'
import { apiRequest } from '../../../lib/api-client'
import { HttpError } from '../../../lib/api-errors'
import { and, createFilterBuilder, or, serializeFilter } from '../../../lib/filter'
import { clientSchema, countrySchema, cursorPageSchema, userSchema } from '../../../api/schemas/common'
import { companySchema } from '../../../api/schemas/company'
import { customFieldDefinitionSchema } from '../../../api/schemas/custom-field'
import {
  CONTACT_CUSTOM_FIELD_ENTITY_TYPE,
  MAX_PAGE_SIZE,
  clientFilterFields,
  companyFilterFields,
  customFieldFilterFields,
  paths,
  queryParams,
  userFilterFields,
} from '../../../contract/kanbert-contract'

const SEARCH_PAGE_SIZE = 20
const whereUser = createFilterBuilder(userFilterFields)
const whereClient = createFilterBuilder(clientFilterFields)
const whereCompany = createFilterBuilder(companyFilterFields)

const whereCustomField = createFilterBuilder(customFieldFilterFields)

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
      query: { ...query, [queryParams.pageSize]: MAX_PAGE_SIZE, [queryParams.pageCursor]: cursor },
      signal,
    })
    all.push(...page.data)
    cursor = page.meta.next_cursor
    if (cursor === null) break
  }
  return all
}

function words(text: string) {
  return text.trim().split(/\s+/u).filter(Boolean)
}

export const lookupQueries = {
  all: () => ['lookups'] as const,
  users: (search: string) =>
    queryOptions({
      queryKey: [...lookupQueries.all(), 'users', search] as const,
      queryFn: ({ signal }) =>
        apiRequest(paths.users, cursorPageSchema(userSchema), {
          signal,
          query: {
            [queryParams.sort]: 'last_name,first_name',
            [queryParams.pageSize]: SEARCH_PAGE_SIZE,
            [queryParams.filter]: serializeFilter(
              and(
                ...words(search).map((word) =>
                  or(
                    whereUser('first_name', 'contains', word),
                    whereUser('last_name', 'contains', word),
                    whereUser('email', 'contains', word),
                  ),
                ),
              ),
            ),
          },
        }).then((page) => page.data),
      staleTime: 5 * 60_000,
    }),
  clients: (search: string) =>
    queryOptions({
      queryKey: [...lookupQueries.all(), 'clients', search] as const,
      queryFn: ({ signal }) =>
        apiRequest(paths.clients, cursorPageSchema(clientSchema), {
          signal,
          query: {
            [queryParams.sort]: 'name',
            [queryParams.pageSize]: SEARCH_PAGE_SIZE,
            [queryParams.filter]: serializeFilter(
              and(
                ...words(search).map((word) =>
                  or(whereClient('name', 'contains', word), whereClient('shortcode', 'contains', word)),
                ),
              ),
            ),
          },
        }).then((page) => page.data),
      staleTime: 5 * 60_000,
    }),
  companies: (search: string) =>
    queryOptions({
      queryKey: [...lookupQueries.all(), 'companies', search] as const,
      queryFn: ({ signal }) =>
        apiRequest(paths.companies, cursorPageSchema(companySchema), {
          signal,
          query: {
            [queryParams.sort]: 'company_name',
            [queryParams.pageSize]: SEARCH_PAGE_SIZE,
            [queryParams.filter]: serializeFilter(
              and(...words(search).map((word) => whereCompany('company_name', 'contains', word))),
            ),
          },
        }).then((page) => page.data),
      staleTime: 5 * 60_000,
    }),
  /** G: no countries endpoint is documented; this is the one place to swap in a static list. */
  countries: () =>
    queryOptions({
      queryKey: [...lookupQueries.all(), 'countries'] as const,
      queryFn: ({ signal }) =>
        fetchAllPages(paths.countries, countrySchema, { [queryParams.sort]: 'name' }, signal),
      staleTime: Infinity,
      gcTime: Infinity,
    }),
  /** I/G: definitions may not exist on the real API; a 404 means "none", and the UI infers from values. */
  contactCustomFields: () =>
    queryOptions({
      queryKey: [...lookupQueries.all(), 'custom-fields', CONTACT_CUSTOM_FIELD_ENTITY_TYPE] as const,
      queryFn: async ({ signal }) => {
        try {
          const filter = serializeFilter(
            whereCustomField('entity_type', 'eq', CONTACT_CUSTOM_FIELD_ENTITY_TYPE),
          )
          const all = await fetchAllPages(
            paths.customFields,
            customFieldDefinitionSchema,
            { [queryParams.filter]: filter },
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
    }),
}
