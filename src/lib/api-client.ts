/**
 * The one HTTP module. Same-origin cookies only: the SSO proxy adds the Kanbert token upstream, so the
 * browser never holds one. Every answer is either parsed with a zod schema or turned into a typed error.
 * No toasts or navigation here: callers decide what the user sees.
 */
import * as z from 'zod/mini'
import {
  HttpError,
  NetworkError,
  RateLimitError,
  ResponseFormatError,
  SchemaError,
  SessionExpiredError,
  ValidationError,
  isAbortError,
} from './api-errors'
import { validationBodySchema } from '../api/schemas/common'
import { UNAUTHENTICATED_STATUS, VALIDATION_STATUS } from '../contract/kanbert-contract'
import { CLIENT_HEADER, requestUrl, type QueryValue } from './request-url'
import { takeEarlyResponse } from './early-responses'

let apiBaseUrl: string | null = null
let requestGate: () => Error | null = () => null

export { CLIENT_HEADER }

export function configureApiClient(options: { baseUrl: string }): void {
  apiBaseUrl = options.baseUrl.replace(/\/+$/, '')
}

/**
 * Installs a check that runs before every request: when it returns an error, no request is sent and that
 * error is thrown instead (e.g. the session store refuses requests while the session is expired).
 */
export function setRequestGate(gate: () => Error | null): void {
  requestGate = gate
}

export function getApiBaseUrl(): string {
  if (apiBaseUrl === null) throw new Error('configureApiClient() was not called before the first request')
  return apiBaseUrl
}

export type { QueryValue }

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Record<string, QueryValue>
  body?: unknown
  signal?: AbortSignal | undefined
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  return requestUrl(getApiBaseUrl(), path, query)
}

function isJsonContentType(response: Response): boolean {
  const type = response.headers.get('content-type') ?? ''
  return /\bjson\b/i.test(type)
}

function parseRetryAfter(header: string | null): number | null {
  if (header === null) return null
  const seconds = Number(header)
  if (Number.isFinite(seconds) && seconds >= 0) return seconds
  const date = Date.parse(header)
  return Number.isNaN(date) ? null : Math.max(0, Math.round((date - Date.now()) / 1000))
}

async function readJson(response: Response, url: string): Promise<unknown> {
  const text = await response.text()
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch (cause) {
    throw new ResponseFormatError(`The answer from ${url} is not valid JSON.`, { cause })
  }
}

async function send(path: string, options: RequestOptions): Promise<{ response: Response; url: string }> {
  const refusal = requestGate()
  if (refusal !== null) throw refusal
  const url = buildUrl(path, options.query)
  const headers: Record<string, string> = {
    Accept: 'application/json',
    [CLIENT_HEADER.name]: CLIENT_HEADER.value,
  }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  // A plain GET the boot module already sent (src/boot/) takes its answer, once; a failed one is sent again.
  const early = (options.method ?? options.body) ? undefined : takeEarlyResponse(url)
  let response = early && (await early.catch(() => null))
  options.signal?.throwIfAborted()
  try {
    response ??= await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: 'same-origin',
      // A proxy whose session ran out redirects to its login page; we must see that, not follow it (so a
      // response is never `redirected`: the redirect itself arrives, below).
      redirect: 'manual',
      signal: options.signal ?? null,
    })
  } catch (cause) {
    if (isAbortError(cause) || options.signal?.aborted) throw cause
    throw new NetworkError('The server could not be reached.', { cause })
  }
  if (response.type === 'opaqueredirect' || (response.status >= 300 && response.status < 400)) {
    throw new SessionExpiredError('login-redirect')
  }
  if (response.status === UNAUTHENTICATED_STATUS) throw new SessionExpiredError('unauthenticated')
  if (!response.ok) throw await toHttpError(response, url)
  // An HTML page where JSON was expected is the proxy's login page answering in place of the API.
  if (/html/i.test(response.headers.get('content-type') ?? ''))
    throw new SessionExpiredError('login-redirect')
  return { response, url }
}

async function toHttpError(response: Response, url: string): Promise<HttpError> {
  const body = isJsonContentType(response) ? await readJson(response, url).catch(() => undefined) : undefined
  if (response.status === VALIDATION_STATUS) {
    const parsed = validationBodySchema.safeParse(body)
    if (parsed.success) return new ValidationError(body, url, parsed.data.errors)
  }
  if (response.status === 429) {
    return new RateLimitError(body, url, parseRetryAfter(response.headers.get('retry-after')))
  }
  return new HttpError(response.status, body, url)
}

/**
 * Sends a request and parses the JSON answer with `schema`; the result type is the schema's output.
 * Any zod 4 schema, mini or classic, since both share the core that `z.safeParse` runs.
 */
export async function apiRequest<S extends z.core.$ZodType>(
  path: string,
  schema: S,
  options: RequestOptions = {},
): Promise<z.output<S>> {
  const { response, url } = await send(path, options)
  if (!isJsonContentType(response)) throw new ResponseFormatError(`The answer from ${url} is not JSON.`)
  const json = await readJson(response, url)
  const result = z.safeParse(schema, json)
  if (!result.success) throw new SchemaError(url, result.error.issues)
  return result.data
}

/** For answers without a body we need (DELETE → 204). */
export async function apiRequestWithoutBody(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options)
}
