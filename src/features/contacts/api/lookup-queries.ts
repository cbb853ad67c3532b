/**
 * Lookups the list filters and the edit form need: users (owner), clients, companies, countries and the
 * contact custom-field definitions. Each is isolated here so a differing real endpoint changes one place.
 */
import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from '../../../lib/api-client'
import { and, createFilterBuilder, or, serializeFilter } from '../../../lib/filter'
import { clientSchema, countrySchema, cursorPageSchema, userSchema } from '../../../api/schemas/common'
import { companySchema } from '../../../api/schemas/company'
import {
  clientFilterFields,
  companyFilterFields,
  paths,
  queryParams,
  userFilterFields,
} from '../../../contract/kanbert-contract'
import { contactCustomFieldsQuery, fetchAllPages, LOOKUPS_KEY } from './custom-field-queries'

const SEARCH_PAGE_SIZE = 20
const whereUser = createFilterBuilder(userFilterFields)
const whereClient = createFilterBuilder(clientFilterFields)
const whereCompany = createFilterBuilder(companyFilterFields)

function words(text: string) {
  return text.trim().split(/\s+/u).filter(Boolean)
}

export const lookupQueries = {
  all: () => LOOKUPS_KEY,
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
  contactCustomFields: contactCustomFieldsQuery,
}
