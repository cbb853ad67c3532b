/** The one query-options factory of the contacts feature. Keys go generic → specific. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { fetchContact, fetchContactPage } from './contact-api'
import type { ContactListParams } from './contact-list-params'

export const contactQueries = {
  all: () => ['contacts'] as const,
  lists: () => [...contactQueries.all(), 'list'] as const,
  list: (params: ContactListParams) =>
    queryOptions({
      queryKey: [...contactQueries.lists(), params] as const,
      queryFn: ({ signal }) => fetchContactPage(params, signal),
      // Paging and sorting keep the old rows on screen until the new ones are there.
      placeholderData: keepPreviousData,
      staleTime: 30_000,
    }),
  details: () => [...contactQueries.all(), 'detail'] as const,
  detail: (id: string) =>
    queryOptions({
      queryKey: [...contactQueries.details(), id] as const,
      queryFn: ({ signal }) => fetchContact(id, signal),
      staleTime: 30_000,
    }),
}
