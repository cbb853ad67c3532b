/**
 * When a failed request is tried again (the QueryClient's `retry` and `retryDelay`): never for 4xx, session
 * expiry or schema errors (the answer will not change); up to 3 times for a 429, each after the server's
 * Retry-After; at most 2 times for 5xx and network errors, with growing delays.
 */
import { HttpError, RateLimitError, SchemaError, SessionExpiredError } from './api-errors'

const MAX_RETRIES = 2
const MAX_RATE_LIMIT_RETRIES = 3
const MAX_DELAY_MS = 60_000

function isPermanent(error: Error): boolean {
  return (
    (error instanceof HttpError && error.status < 500 && !(error instanceof RateLimitError)) ||
    error instanceof SchemaError ||
    error instanceof SessionExpiredError
  )
}

export function shouldRetry(failureCount: number, error: Error): boolean {
  if (error instanceof RateLimitError) return failureCount < MAX_RATE_LIMIT_RETRIES
  return !isPermanent(error) && failureCount < MAX_RETRIES
}

/** Retry-After when the server sent one, else 1 s, 2 s, 4 s …; never more than a minute. */
export function retryDelay(failureCount: number, error: Error): number {
  const seconds =
    error instanceof RateLimitError && error.retryAfterSeconds !== null
      ? error.retryAfterSeconds
      : 2 ** failureCount
  return Math.min(seconds * 1000, MAX_DELAY_MS)
}
