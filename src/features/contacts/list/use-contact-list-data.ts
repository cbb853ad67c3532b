/**
 * The list's server state: the current page (previous rows stay while the next loads), the next page
 * prefetched, and the custom fields (definitions plus what the rows carry).
 */
import { useEffect, useMemo } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { ContactListParams } from '../api/contact-list-params'
import { belongsToRouteBoundary } from '../../session/forbidden'
import { contactQueries } from '../api/contact-queries'
import { lookupQueries } from '../api/lookup-queries'
import { inferCustomFields } from '../shared/custom-field-kinds'

export function useContactListData(params: ContactListParams) {
  const queryClient = useQueryClient()
  // Errors are shown inside the list (with the refused filter named), not by the route error boundary.
  const list = useQuery({ ...contactQueries.list(params), throwOnError: belongsToRouteBoundary })
  const definitions = useQuery({ ...lookupQueries.contactCustomFields(), throwOnError: false })

  const nextCursor = list.isPlaceholderData ? null : (list.data?.meta.next_cursor ?? null)
  useEffect(() => {
    if (nextCursor === null) return
    void queryClient.query(contactQueries.list({ ...params, cursor: nextCursor })).catch(() => undefined)
  }, [nextCursor, params, queryClient])

  const rows = list.data?.data
  const customFields = useMemo(
    () => inferCustomFields(definitions.data ?? [], rows ?? []),
    [definitions.data, rows],
  )

  return { list, rows, customFields }
}
