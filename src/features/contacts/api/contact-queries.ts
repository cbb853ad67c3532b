/** The one query-options factory of the contacts feature. Keys go generic → specific. */
import { keepPreviousData, queryOptions } from '@tanstack/react-query'
import { fetchContact, fetchContactPage, fetchDuplicateCandidates } from './contact-api'
import type { ContactListParams } from './contact-list-params'
import type { DuplicateProbe } from './duplicate-filter'

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
  /** Contacts that may be the one being typed in; a new probe drops (and aborts) the previous lookup. */
  duplicates: (probe: DuplicateProbe) =>
    queryOptions({
      queryKey: [...contactQueries.all(), 'duplicates', probe] as const,
      queryFn: ({ signal }) => fetchDuplicateCandidates(probe, signal),
      staleTime: 30_000,
      // A failed check is said beside the form; it must never replace the form being typed.
      throwOnError: false,
    }),
}
