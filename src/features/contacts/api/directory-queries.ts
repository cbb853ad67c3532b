/**
 * Whole lists of users and clients, to name ids wherever they are shown. Separate queries (not in
 * lookupQueries' object) so the first page carries only the one it needs.
 */
import { queryOptions } from '@tanstack/react-query'
import { clientSchema, userSchema } from '../../../api/schemas/common'
import { paths, queryParams } from '../../../contract/kanbert-contract'
import { fetchAllPages, LOOKUPS_KEY } from './custom-field-queries'

/** Every user the API lists: names user ids (owners in filters, user-type custom fields). */
export const userDirectoryQuery = () =>
  queryOptions({
    queryKey: [...LOOKUPS_KEY, 'user-directory'] as const,
    queryFn: ({ signal }) =>
      fetchAllPages(paths.users, userSchema, { [queryParams.sort]: 'last_name,first_name' }, signal),
    staleTime: 10 * 60_000,
  })

/** Every client: names client ids (filter chips). */
export const clientDirectoryQuery = () =>
  queryOptions({
    queryKey: [...LOOKUPS_KEY, 'client-directory'] as const,
    queryFn: ({ signal }) =>
      fetchAllPages(paths.clients, clientSchema, { [queryParams.sort]: 'name' }, signal),
    staleTime: 10 * 60_000,
  })
