/**
 * The one QueryClient configuration and its error policy:
 * - A query that fails while it already has data (background refetch) keeps showing that data and raises
 *   one snackbar (deduplicated by id), from QueryCache.onError.
 * - A first load that fails with 5xx, a network or a schema error is thrown to the route error boundary
 *   (retry button there); so is a 403, which the boundary shows as "no access to contacts". Other 4xx are
 *   not thrown: the component handles them where they happen (a 404 detail page, a 422 form). A query can
 *   override this with its own `throwOnError` (e.g. the app bar's whoami).
 * - Retries: lib/retry-policy.ts.
 * - Session expiry (401 or a redirect to the proxy's login): the session store is marked expired, which
 *   opens the "session expired" dialog. The API client then sends no requests (queries with data keep it,
 *   as if paused) and writes fail at once (see features/session/session-query-gate.ts).
 * - A 403 on a write whose mutation names its `meta.permission` makes that action read-only for the rest
 *   of the page's life, so the UI stops offering it.
 * - Writes do not wait for the network to come back (networkMode "always"): offline, a save fails at once
 *   with a network error, the form keeps its draft and offers to retry.
 */
import { MutationCache, QueryCache, QueryClient, type Query } from '@tanstack/react-query'
import { HttpError, SessionExpiredError } from '../lib/api-errors'
import { retryDelay, shouldRetry } from '../lib/retry-policy'
import { i18n } from '../lib/i18n'
import type { Notification } from '../components/notifications'
import {
  attachSessionStore,
  createSessionStore,
  isPermissionAction,
  type PermissionAction,
} from '../features/session/session-store'
import {
  enabledUnlessExpiredWithData,
  keepDataThroughExpiry,
  refuseMutationsWhileExpired,
  refuseRequestsWhileExpired,
} from '../features/session/session-query-gate'

export function shouldThrowToBoundary(error: Error, query: Query) {
  const isFirstLoad = query.state.data === undefined
  const isForbidden = error instanceof HttpError && error.status === 403
  const isClientError = error instanceof HttpError && error.status < 500 && !isForbidden
  return isFirstLoad && !isClientError
}

/** The screen shows a short detail (lib/error-text.ts); the console keeps the whole answer. */
export const FAILURE_LOG_PREFIX = 'Kanbert Contacts: request failed'
function logFailure(error: Error): void {
  if (error instanceof HttpError) console.info(FAILURE_LOG_PREFIX, error.status, error.body, error)
  else console.info(FAILURE_LOG_PREFIX, error)
}

function permissionOf(meta: Record<string, unknown> | undefined): PermissionAction | null {
  const value = meta?.permission
  return isPermissionAction(value) ? value : null
}

export function createQueryClient(options: {
  notify: (notification: Notification) => void
  /** Tests pass `false` so a failing request fails at once. */
  retry?: false
}): QueryClient {
  const session = createSessionStore()
  const queryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (error instanceof SessionExpiredError) {
          session.markExpired(error.reason)
          if (query.state.data !== undefined) keepDataThroughExpiry(queryClient, query)
          else logFailure(error)
          return
        }
        logFailure(error)
        if (query.state.data === undefined) return
        options.notify({
          id: 'background-refetch',
          message: i18n.t('errors:backgroundRefetch'),
          severity: 'warning',
        })
      },
    }),
    mutationCache: new MutationCache({
      onMutate: refuseMutationsWhileExpired(session),
      onError: (error, _variables, _context, mutation) => {
        logFailure(error)
        if (error instanceof SessionExpiredError) session.markExpired(error.reason)
        const action = permissionOf(mutation.meta)
        if (action && error instanceof HttpError && error.status === 403) session.deny(action)
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: options.retry ?? shouldRetry,
        retryDelay,
        throwOnError: shouldThrowToBoundary,
        enabled: enabledUnlessExpiredWithData(session),
      },
      mutations: { retry: false, networkMode: 'always' },
    },
  })
  refuseRequestsWhileExpired(session)
  attachSessionStore(queryClient, session)
  return queryClient
}
