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
import { cursorPageSchema, validationBodySchema } from '../api/schemas/common'
import { UNAUTHENTICATED_STATUS, VALIDATION_STATUS } from '../contract/kanbert-contract'

let apiBaseUrl: string | null = null

/**
 * Sent on every API request. Another site cannot add a custom header to a form post or a simple fetch,
 * so the proxy refuses writes without it (cross-site request forgery; docs/deploy.md).
 */
export const CLIENT_HEADER = { name: 'X-Requested-With', value: 'kanbert-contacts' } as const

export function configureApiClient(options: { baseUrl: string }): void {
  apiBaseUrl = options.baseUrl.replace(/\/+$/, '')
}

export function getApiBaseUrl(): string {
  if (apiBaseUrl === null) throw new Error('configureApiClient() was not called before the first request')
  return apiBaseUrl
}

export type QueryValue = string | number | undefined | null

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'
  query?: Record<string, QueryValue>
  body?: unknown
  signal?: AbortSignal | undefined
}

export function buildUrl(path: string, query?: Record<string, QueryValue>): string {
  const url = new URL(`${getApiBaseUrl()}${path}`)
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value))
  }
  return url.toString()
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

/** Lets the browser paint and handle input before the next piece of work. */
const yieldToBrowser = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** How long a body is decoded before the reading yields to the browser. */
const READ_SLICE_MS = 8
/** Bytes decoded at once: a page of 100 contacts often arrives as one chunk of ~280 kB. */
const DECODE_SLICE_BYTES = 32 * 1024

/**
 * The body as text, decoded a slice at a time, yielding to the browser now and then. A page of 100
 * contacts is ~280 kB: `text()`, or a `TextDecoderStream` given it in one chunk, decodes all of it in one
 * main-thread task (9 ms median unthrottled, 30–60 ms on a slow laptop; see docs/performance.md).
 * UTF-8 with a byte-order mark dropped and malformed bytes replaced, exactly as `text()`.
 */
async function readText(response: Response): Promise<string> {
  if (!response.body) return response.text()
  const reader = response.body.getReader()
  const decoder = new TextDecoder()
  const parts: string[] = []
  let since = performance.now()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) {
      parts.push(decoder.decode())
      return parts.join('')
    }
    for (let offset = 0; offset < value.length; offset += DECODE_SLICE_BYTES) {
      parts.push(decoder.decode(value.subarray(offset, offset + DECODE_SLICE_BYTES), { stream: true }))
      if (performance.now() - since > READ_SLICE_MS) {
        await yieldToBrowser()
        since = performance.now()
      }
    }
  }
}

async function readJson(response: Response, url: string): Promise<unknown> {
  const text = await readText(response)
  if (text.trim() === '') return undefined
  try {
    return JSON.parse(text) as unknown
  } catch (cause) {
    throw new ResponseFormatError(`The answer from ${url} is not valid JSON.`, { cause })
  }
}

async function send(path: string, options: RequestOptions): Promise<{ response: Response; url: string }> {
  const url = buildUrl(path, options.query)
  const headers: Record<string, string> = {
    Accept: 'application/json',
    [CLIENT_HEADER.name]: CLIENT_HEADER.value,
  }
  if (options.body !== undefined) headers['Content-Type'] = 'application/json'
  let response: Response
  try {
    response = await fetch(url, {
      method: options.method ?? 'GET',
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: 'same-origin',
      // A proxy whose session ran out redirects to its login page; we must see that, not follow it.
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
  if (response.redirected) throw new SessionExpiredError('login-redirect')
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

/** Items parsed between two yields to the browser (see `apiRequestPage`). */
export const PAGE_PARSE_GROUP = 20

const pageEnvelopeSchema = cursorPageSchema(z.unknown())

/**
 * A cursor page (`{data, links, meta}`) whose items are parsed in groups of PAGE_PARSE_GROUP, yielding to
 * the browser before each group (so also between `JSON.parse` and the first): 100 contacts in one parse
 * held the main thread for ~90 ms on a slow laptop (4× CPU throttle), longer than a frame. Validation is
 * the same as one parse of the page, issues keep the same paths (`data.<index>.<field>`), and the first
 * invalid item ends the parse.
 */
export async function apiRequestPage<S extends z.core.$ZodType>(
  path: string,
  itemSchema: S,
  options: RequestOptions = {},
): Promise<Omit<z.output<typeof pageEnvelopeSchema>, 'data'> & { data: z.output<S>[] }> {
  const { response, url } = await send(path, options)
  if (!isJsonContentType(response)) throw new ResponseFormatError(`The answer from ${url} is not JSON.`)
  const json = await readJson(response, url)
  const envelope = z.safeParse(pageEnvelopeSchema, json)
  if (!envelope.success) throw new SchemaError(url, envelope.error.issues)
  const items: z.output<S>[] = []
  for (const [index, item] of envelope.data.data.entries()) {
    if (index % PAGE_PARSE_GROUP === 0) {
      await yieldToBrowser()
      options.signal?.throwIfAborted()
    }
    const result = z.safeParse(itemSchema, item)
    if (!result.success)
      throw new SchemaError(
        url,
        result.error.issues.map((issue) => ({ ...issue, path: ['data', index, ...issue.path] })),
      )
    items.push(result.data)
  }
  return { ...envelope.data, data: items }
}

/** For answers without a body we need (DELETE → 204). */
export async function apiRequestWithoutBody(path: string, options: RequestOptions = {}): Promise<void> {
  await send(path, options)
}
