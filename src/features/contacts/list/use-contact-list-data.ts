/**
 * The list's server state: the current page (previous rows stay while the next loads), the next page
 * prefetched, and the custom fields (definitions plus what the rows carry).
 */
import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import type { ContactListParams } from '../api/contact-list-params'
import { belongsToRouteBoundary } from '../../session/forbidden'
import { contactQueries } from '../api/contact-queries'
import { contactCustomFieldsQuery } from '../api/custom-field-queries'
import { inferCustomFields, type CustomFieldInfo } from '../shared/custom-field-kinds'
import { nowOrOnFirstScreenIdle } from '../../../lib/first-content'

/** The next page is prefetched at the latest this long after the current one is painted, idle or not. */
const NEXT_PAGE_PREFETCH_LATEST_MS = 1000

/** The previous custom fields while the new ones are equal to them. */
function useStableCustomFields(customFields: readonly CustomFieldInfo[]) {
  const [stable, setStable] = useState(customFields)
  if (stable === customFields) return stable
  if (JSON.stringify(stable) === JSON.stringify(customFields)) return stable
  setStable(customFields)
  return customFields
}

export function useContactListData(params: ContactListParams) {
  const queryClient = useQueryClient()
  // Errors are shown inside the list (with the refused filter named), not by the route error boundary.
  const list = useQuery({ ...contactQueries.list(params), throwOnError: belongsToRouteBoundary })
  const definitions = useQuery({ ...contactCustomFieldsQuery(), throwOnError: false })

  const nextCursor = list.isPlaceholderData ? null : (list.data?.meta.next_cursor ?? null)
  // The first page's next page once it is painted and the browser is idle (it must not compete with the
  // first rows); a later page's at once, so that "Next" right after a sort or search finds it there.
  useEffect(() => {
    if (nextCursor === null) return
    return nowOrOnFirstScreenIdle(
      () =>
        void queryClient.query(contactQueries.list({ ...params, cursor: nextCursor })).catch(() => undefined),
      NEXT_PAGE_PREFETCH_LATEST_MS,
    )
  }, [nextCursor, params, queryClient])

  const rows = list.data?.data
  // Inferred again from each page, but equal lists stay the same array: the columns, the toolbar and the
  // table header then skip re-rendering when a new page arrives.
  const customFields = useStableCustomFields(
    useMemo(() => inferCustomFields(definitions.data ?? [], rows ?? []), [definitions.data, rows]),
  )
  // New custom fields (their definitions arriving, a page with another field) mean new columns: React
  // renders them in a transition, not in the task that receives the data.
  return { list, rows, customFields: useDeferredValue(customFields) }
}
