/**
 * How the query layer behaves around an expired session, installed by the QueryClient:
 * - `refuseRequestsWhileExpired` gates the API client itself: while expired, no request is sent (the proxy
 *   would only bounce it); the call fails at once with SessionExpiredError.
 * - `enabledUnlessExpiredWithData` (the default `enabled`): a query that has data does not refetch while
 *   expired, as if paused, so nothing on screen turns into an error behind the dialog; a query without
 *   data runs and fails at once through the gate above.
 * - `keepDataThroughExpiry` (from QueryCache.onError): a refetch that meets the expiry leaves its query as it
 *   was, showing its data without an error, as if the refetch had been skipped.
 * - `refuseMutationsWhileExpired`: a write started while expired fails at once, without a request, so the
 *   form keeps its draft and the dialog opens again.
 * Only a new page load (after signing in) ends the expiry.
 */
import type { Query, QueryClient } from '@tanstack/react-query'
import { SessionExpiredError } from '../../lib/api-errors'
import { setRequestGate } from '../../lib/api-client'
import type { SessionStore } from './session-store'

function expiryError(store: SessionStore): SessionExpiredError | null {
  const { expired } = store.getSnapshot()
  return expired === null ? null : new SessionExpiredError(expired)
}

export function refuseRequestsWhileExpired(store: SessionStore): void {
  setRequestGate(() => expiryError(store))
}

export function enabledUnlessExpiredWithData(store: SessionStore) {
  return (query: Query): boolean => store.getSnapshot().expired === null || query.state.data === undefined
}

export function keepDataThroughExpiry(queryClient: QueryClient, query: Query<unknown, unknown>): void {
  queryClient.setQueryData(query.queryKey, query.state.data, { updatedAt: query.state.dataUpdatedAt })
}

export function refuseMutationsWhileExpired(store: SessionStore): () => void {
  return () => {
    const error = expiryError(store)
    if (error !== null) throw error
  }
}
