/**
 * How the query layer behaves around an expired session, as QueryClient defaults:
 * - `gateQueries`: every query function runs through it. While the session is expired, a query someone
 *   is watching waits (fetchStatus "fetching", data kept) instead of sending requests the proxy would only
 *   bounce; an imperative fetch nobody watches fails at once. The first SessionExpiredError marks the
 *   session expired, which opens the dialog.
 * - `refuseMutationsWhileExpired`: a write started while expired fails at once, without a request.
 * TanStack calls this hook "persister" because that is its usual use; here it is a plain wrapper.
 */
import type { QueryFunction, QueryFunctionContext, Query } from '@tanstack/react-query'
import { SessionExpiredError } from '../../lib/api-errors'
import type { SessionStore } from './session-store'

export function gateQueries(store: SessionStore) {
  return async <T>(
    queryFn: QueryFunction<T>,
    context: QueryFunctionContext,
    query: Query,
  ): Promise<T> => {
    const { expired } = store.getSnapshot()
    if (expired !== null) {
      if (query.getObserversCount() === 0) throw new SessionExpiredError(expired)
      await store.whenActive(context.signal)
    }
    try {
      return await queryFn(context)
    } catch (error) {
      if (error instanceof SessionExpiredError) store.markExpired(error.reason)
      throw error
    }
  }
}

export function refuseMutationsWhileExpired(store: SessionStore): () => void {
  return () => {
    const { expired } = store.getSnapshot()
    if (expired !== null) throw new SessionExpiredError(expired)
  }
}
