/** The duplicate check's fetcher and query options; loaded with the form, not with the list's first page. */
import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from '../../../lib/api-client'
import { cursorPageSchema } from '../../../api/schemas/common'
import { contactSchema } from '../../../api/schemas/contact'
import { DEFAULT_ARCHIVED, paths, queryParams } from '../../../contract/kanbert-contract'
import { and, serializeFilter } from '../../../lib/filter'
import { whereContact } from './contact-list-params'
import { contactQueries } from './contact-queries'
import { duplicateFilter, type DuplicateProbe } from './duplicate-filter'

/** How many possible duplicates are shown; more would not help anyone decide. */
export const DUPLICATE_LIMIT = 10

const contactPageSchema = cursorPageSchema(contactSchema)

export function fetchDuplicateCandidates(probe: DuplicateProbe, signal?: AbortSignal) {
  const filter = and(whereContact('archived', 'eq', DEFAULT_ARCHIVED), duplicateFilter(probe))
  return apiRequest(paths.contacts, contactPageSchema, {
    query: { [queryParams.filter]: serializeFilter(filter), [queryParams.pageSize]: DUPLICATE_LIMIT },
    signal,
  })
}

/**
 * The duplicate check's query options, beside its fetcher rather than in contact-queries.ts, so the list's
 * first page does not carry them; the key still starts with the contacts' root key.
 */
export const duplicateQueries = {
  /** A new probe drops (and so aborts) the previous lookup. */
  match: (probe: DuplicateProbe) =>
    queryOptions({
      queryKey: [...contactQueries.all(), 'duplicates', probe] as const,
      queryFn: ({ signal }) => fetchDuplicateCandidates(probe, signal),
      staleTime: 30_000,
      // A failed check is said beside the form; it must never replace the form being typed.
      throwOnError: false,
    }),
}
