/**
 * How the query layer behaves around an expired session, installed as QueryClient defaults:
 * - `gateQueries` wraps every query function. The first SessionExpiredError marks the session expired
 *   (which opens the dialog). From then on no query sends a request — the proxy would only bounce it:
 *   a query that has data keeps it (the refetch is skipped, as if paused, so nothing on screen turns into
 *   an error behind the dialog); a query without data fails with SessionExpiredError at once.
 * - `refuseMutationsWhileExpired`: a write started while expired fails at once, without a request, so the
 *   form keeps its draft and the dialog opens again.
 * Only a new page load (after signing in) ends the expiry. TanStack names this hook "persister" after its
 * usual use; here it is a plain wrapper around the query function.
 */
import type { Query, QueryFunction, QueryFunctionContext } from '@tanstack/react-query'
import { SessionExpiredError } from '../../lib/api-errors'
import type { SessionStore } from './session-store'

export function gateQueries(store: SessionStore) {
  return async <T>(queryFn: QueryFunction<T>, context: QueryFunctionContext, query: Query): Promise<T> => {
    // The query's own cached result: the cache stores exactly what this query function returned.
    const cached = query.state.data as T | undefined
    const { expired } = store.getSnapshot()
    if (expired !== null) {
      if (cached !== undefined) return cached
      throw new SessionExpiredError(expired)
    }
    try {
      return await queryFn(context)
    } catch (error) {
      if (!(error instanceof SessionExpiredError)) throw error
      store.markExpired(error.reason)
      if (cached !== undefined) return cached
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
