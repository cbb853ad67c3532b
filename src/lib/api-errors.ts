/** Typed errors of the HTTP layer. UI code branches on these classes, never on raw responses. */
import type * as z from 'zod/mini'

function messageFromBody(body: unknown): string | undefined {
  if (typeof body === 'object' && body !== null && 'message' in body && typeof body.message === 'string') {
    return body.message
  }
  return undefined
}

/** Any non-2xx answer. `body` is the parsed JSON body when there was one. */
export class HttpError extends Error {
  override name = 'HttpError'
  readonly status: number
  readonly body: unknown
  readonly serverMessage: string | undefined

  constructor(status: number, body: unknown, url: string) {
    const serverMessage = messageFromBody(body)
    super(serverMessage ?? `Request to ${url} failed with HTTP ${status}`)
    this.status = status
    this.body = body
    this.serverMessage = serverMessage
  }
}

/** 422 in Laravel's shape: `errors` maps (dotted) request field names to messages. */
export class ValidationError extends HttpError {
  override name = 'ValidationError'
  readonly fieldErrors: Record<string, string[]>

  constructor(body: unknown, url: string, fieldErrors: Record<string, string[]>) {
    super(422, body, url)
    this.fieldErrors = fieldErrors
  }
}

/** 429: `retryAfterSeconds` from the Retry-After header (null when absent or unreadable). */
export class RateLimitError extends HttpError {
  override name = 'RateLimitError'
  readonly retryAfterSeconds: number | null

  constructor(body: unknown, url: string, retryAfterSeconds: number | null) {
    super(429, body, url)
    this.retryAfterSeconds = retryAfterSeconds
  }
}

/** The session behind the SSO proxy is gone: a 401, or a redirect to the proxy's login page. */
export class SessionExpiredError extends Error {
  override name = 'SessionExpiredError'
  readonly reason: 'unauthenticated' | 'login-redirect'

  constructor(reason: 'unauthenticated' | 'login-redirect') {
    super(
      reason === 'unauthenticated'
        ? 'The session has expired (401).'
        : 'The request was redirected to a login page.',
    )
    this.reason = reason
  }
}

/** The server answered 2xx but the body is not what the contract says. `path` names the bad field. */
export class SchemaError extends Error {
  override name = 'SchemaError'
  readonly path: string
  readonly url: string

  constructor(url: string, issues: readonly z.core.$ZodIssue[]) {
    const first = issues[0]
    const path = first ? first.path.map(String).join('.') : ''
    super(
      `Unexpected response from ${url}: ${path ? `field "${path}"` : 'body'} ${first?.message ?? 'is invalid'}`,
    )
    this.path = path
    this.url = url
  }
}

/** The body could not be read as JSON (truncated, malformed, or not JSON at all). */
export class ResponseFormatError extends Error {
  override name = 'ResponseFormatError'
}

/** The request never got an answer (offline, DNS, proxy down). */
export class NetworkError extends Error {
  override name = 'NetworkError'
}

/** By name: DOMException may come from another realm (jsdom, workers), so instanceof is unreliable. */
export function isAbortError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'name' in error && error.name === 'AbortError'
}
