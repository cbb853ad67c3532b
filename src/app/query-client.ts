/**
 * The one QueryClient configuration and its error policy:
 * - A query that fails while it already has data (background refetch) keeps showing that data and raises
 *   one snackbar (deduplicated by id), from QueryCache.onError.
 * - A first load that fails with 5xx, a network or a schema error is thrown to the route error boundary
 *   (retry button there). 4xx are not thrown: the component handles them where they happen (a 404 detail
 *   page, a 422 form). A query can override this with its own `throwOnError` (e.g. the app bar's whoami).
 * - No retries for 4xx, session expiry or schema errors (the answer will not change); at most 2 for 5xx
 *   and network errors.
 */
import { QueryCache, QueryClient, type Query } from '@tanstack/react-query'
import { HttpError, SchemaError, SessionExpiredError } from '../lib/api-errors'
import { i18n } from '../lib/i18n'
import type { Notification } from '../components/notifications'

const MAX_RETRIES = 2

function isPermanent(error: Error): boolean {
  return (
    (error instanceof HttpError && error.status < 500) ||
    error instanceof SessionExpiredError ||
    error instanceof SchemaError
  )
}

export function shouldRetry(failureCount: number, error: Error): boolean {
  return !isPermanent(error) && failureCount < MAX_RETRIES
}

export function shouldThrowToBoundary(error: Error, query: Query) {
  const isFirstLoad = query.state.data === undefined
  const isClientError = error instanceof HttpError && error.status < 500
  return isFirstLoad && !isClientError
}

export function createQueryClient(options: {
  notify: (notification: Notification) => void
  /** Tests pass `false` so a failing request fails at once. */
  retry?: false
}): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({
      onError: (_error, query) => {
        if (query.state.data === undefined) return
        options.notify({
          id: 'background-refetch',
          message: i18n.t('errors:backgroundRefetch'),
          severity: 'warning',
        })
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: options.retry ?? shouldRetry,
        throwOnError: shouldThrowToBoundary,
      },
      mutations: { retry: false },
    },
  })
}
