/**
 * Before the app's first render: when the boot module's answers for the list (the page the address asks
 * for, and the custom-field definitions that name its columns) have already arrived, they go into the
 * query cache first, so the first render shows the rows, not a skeleton and then a second render. When
 * they have not, nothing waits: the shell renders at once and the list takes them when they come.
 */
import type { QueryClient } from '@tanstack/react-query'
import { hasArrivedEarlyResponse } from '../../../lib/early-responses'
import { contactPageUrl } from '../api/contact-api'
import { contactQueries } from '../api/contact-queries'
import { contactCustomFieldsFirstPageUrl, contactCustomFieldsQuery } from '../api/custom-field-queries'
import { parseListUrl } from './list-url-state'

export async function seedArrivedFirstPage(queryClient: QueryClient, search: string): Promise<void> {
  const { params } = parseListUrl(new URLSearchParams(search))
  // Only the boot module's request for exactly this page counts (another page or screen sent none).
  if (!hasArrivedEarlyResponse(contactPageUrl(params))) return
  // A failed answer is not this function's to report: the list shows it as it would its own request's.
  const ignore = () => undefined
  await Promise.all([
    queryClient.query(contactQueries.list(params)).catch(ignore),
    hasArrivedEarlyResponse(contactCustomFieldsFirstPageUrl())
      ? queryClient.query(contactCustomFieldsQuery()).catch(ignore)
      : undefined,
  ])
}
