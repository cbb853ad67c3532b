import { http, HttpResponse } from 'msw'
import { z } from 'zod'
import { apiRequest, apiRequestWithoutBody, buildUrl, CLIENT_HEADER, setRequestGate } from './api-client'
import * as apiClient from './api-client'
import {
  HttpError,
  NetworkError,
  RateLimitError,
  ResponseFormatError,
  SchemaError,
  SessionExpiredError,
  ValidationError,
} from './api-errors'
import { server, TEST_API_BASE_URL } from '../../test/emulator-server'
import { cursorPageSchema, singleObjectSchema, userSchema } from '../api/schemas/common'

const url = `${TEST_API_BASE_URL}/probe`
const probe = z.object({ id: z.string(), name: z.string() })

function answer(response: () => Response) {
  server.use(http.all(url, response))
}

test('parses a JSON answer with the schema and drops unknown extra keys', async () => {
  answer(() => HttpResponse.json({ id: '1', name: 'Anna', brand_new_key: { nested: true } }))
  await expect(apiRequest('/probe', probe)).resolves.toEqual({ id: '1', name: 'Anna' })
})

test('a body that arrives in chunks is decoded whole, even a character split between two chunks', async () => {
  const bytes = new TextEncoder().encode(JSON.stringify({ id: '1', name: 'Jürgen Weiß' }))
  const split = bytes.indexOf(0xc3) + 1 // inside the two bytes of "ü"
  answer(
    () =>
      new HttpResponse(
        new ReadableStream<Uint8Array>({
          start(controller) {
            controller.enqueue(bytes.slice(0, split))
            controller.enqueue(bytes.slice(split))
            controller.close()
          },
        }),
        { headers: { 'Content-Type': 'application/json' } },
      ),
  )
  await expect(apiRequest('/probe', probe)).resolves.toEqual({ id: '1', name: 'Jürgen Weiß' })
})

test('a large body in one chunk is decoded whole: no character broken, the byte-order mark dropped', async () => {
  // 100 kB of two-byte characters, once at an odd and once at an even offset.
  for (const id of ['1', '12']) {
    const expected = { id, name: 'ü'.repeat(50_000) }
    const json = new TextEncoder().encode(JSON.stringify(expected))
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...json])
    answer(
      () =>
        new HttpResponse(
          new ReadableStream<Uint8Array>({
            start(controller) {
              controller.enqueue(bytes)
              controller.close()
            },
          }),
          { headers: { 'Content-Type': 'application/json' } },
        ),
    )
    await expect(apiRequest('/probe', probe)).resolves.toEqual(expected)
  }
})

test('accepts single objects both bare and wrapped in data', async () => {
  const user = {
    id: 'u',
    first_name: 'A',
    last_name: 'B',
    email: 'a@b.de',
    type: 'user',
    space: { id: 's', name: 'S' },
  }
  answer(() => HttpResponse.json({ data: user }))
  await expect(apiRequest('/probe', singleObjectSchema(userSchema))).resolves.toMatchObject({ id: 'u' })
  answer(() => HttpResponse.json(user))
  await expect(apiRequest('/probe', singleObjectSchema(userSchema))).resolves.toMatchObject({ id: 'u' })
})

test('cursor pages accept links as an array or an object', async () => {
  const meta = {
    path: null,
    per_page: 2,
    next_cursor: null,
    next_cursor_url: null,
    prev_cursor: null,
    prev_cursor_url: null,
  }
  const schema = cursorPageSchema(probe)
  answer(() => HttpResponse.json({ data: [], links: [], meta }))
  await expect(apiRequest('/probe', schema)).resolves.toMatchObject({ data: [] })
  answer(() => HttpResponse.json({ data: [], links: { first: null, next: null }, meta }))
  await expect(apiRequest('/probe', schema)).resolves.toMatchObject({ data: [] })
})

test('a bad item of a page is named by its index', async () => {
  const meta = {
    path: null,
    per_page: 30,
    next_cursor: null,
    next_cursor_url: null,
    prev_cursor: null,
    prev_cursor_url: null,
  }
  const items: unknown[] = Array.from({ length: 30 }, (_, index) => ({ id: String(index), name: 'N' }))
  items[23] = { id: 'x', name: 7 }
  answer(() => HttpResponse.json({ data: items, meta }))
  const page = cursorPageSchema(probe)
  const error = await apiRequest('/probe', page).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(SchemaError)
  expect(error).toMatchObject({ path: 'data.23.name' })
  answer(() => HttpResponse.json({ data: items.slice(0, 2), meta: { ...meta, per_page: 'many' } }))
  await expect(apiRequest('/probe', page)).rejects.toMatchObject({ path: 'meta.per_page' })
})

test('a response that fails its schema names the path of the bad field', async () => {
  answer(() => HttpResponse.json({ id: '1', name: 42 }))
  const error = await apiRequest('/probe', probe).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(SchemaError)
  expect(error).toMatchObject({ path: 'name' })
  expect(String(error)).toMatch(/field "name"/)
})

test('422 becomes a ValidationError with the field messages', async () => {
  answer(() =>
    HttpResponse.json(
      {
        message: 'The email field must be a valid email address.',
        errors: { email: ['bad email'], 'companies.0.position': ['too long'] },
      },
      { status: 422 },
    ),
  )
  const error = await apiRequest('/probe', probe, { method: 'PUT', body: {} }).catch(
    (caught: unknown) => caught,
  )
  expect(error).toBeInstanceOf(ValidationError)
  expect(error).toMatchObject({
    status: 422,
    fieldErrors: { email: ['bad email'], 'companies.0.position': ['too long'] },
  })
})

test('other non-2xx answers become an HttpError carrying status and the server message', async () => {
  answer(() => HttpResponse.json({ message: "Invalid filter: unknown field 'foo'" }, { status: 400 }))
  const error = await apiRequest('/probe', probe).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(HttpError)
  expect(error).toMatchObject({ status: 400, serverMessage: "Invalid filter: unknown field 'foo'" })
})

test('429 reads Retry-After', async () => {
  answer(() =>
    HttpResponse.json({ message: 'Too Many Attempts.' }, { status: 429, headers: { 'Retry-After': '7' } }),
  )
  const error = await apiRequest('/probe', probe).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(RateLimitError)
  expect(error).toMatchObject({ retryAfterSeconds: 7 })
})

test('Retry-After given as an HTTP date is read as the seconds until then', async () => {
  const inThirtySeconds = new Date(Date.now() + 30_000).toUTCString()
  answer(() => HttpResponse.json({}, { status: 429, headers: { 'Retry-After': inThirtySeconds } }))
  const error = await apiRequest('/probe', probe).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(RateLimitError)
  // toUTCString drops the milliseconds, and the request takes a moment
  const seconds = error instanceof RateLimitError ? error.retryAfterSeconds : null
  expect(seconds).toBeGreaterThanOrEqual(28)
  expect(seconds).toBeLessThanOrEqual(30)
})

test.each([
  ['a date already past', 'Wed, 21 Oct 2015 07:28:00 GMT', 0],
  ['no header', null, null],
  ['an unreadable header', 'soon', null],
  ['zero seconds', '0', 0],
  ['a negative number', '-5', 0],
])('429 with Retry-After as %s waits %j seconds', async (_, header, expected) => {
  const headers: Record<string, string> = header === null ? {} : { 'Retry-After': header }
  answer(() => HttpResponse.json({}, { status: 429, headers }))
  await expect(apiRequest('/probe', probe)).rejects.toMatchObject({
    name: 'RateLimitError',
    status: 429,
    retryAfterSeconds: expected,
  })
})

test.each([300, 301, 303, 307, 308, 399])(
  'a %i redirect from the proxy means the session expired',
  async (status) => {
    answer(() => new HttpResponse(null, { status, headers: { Location: '/sso/login' } }))
    await expect(apiRequest('/probe', probe)).rejects.toMatchObject({
      name: 'SessionExpiredError',
      reason: 'login-redirect',
    })
  },
)

test('401 and an HTML login page both mean the session expired', async () => {
  answer(() => HttpResponse.json({ message: 'Unauthenticated.' }, { status: 401 }))
  await expect(apiRequest('/probe', probe)).rejects.toMatchObject({
    name: 'SessionExpiredError',
    reason: 'unauthenticated',
  })
  answer(() => HttpResponse.html('<!doctype html><form action="/login"></form>'))
  const error = await apiRequest('/probe', probe).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(SessionExpiredError)
  expect(error).toMatchObject({ reason: 'login-redirect' })
  answer(() => new HttpResponse(null, { status: 302, headers: { Location: '/sso/login' } }))
  await expect(apiRequestWithoutBody('/probe', { method: 'DELETE' })).rejects.toBeInstanceOf(
    SessionExpiredError,
  )
})

test('malformed JSON and network failures are told apart', async () => {
  answer(() => new HttpResponse('{"data": [', { headers: { 'Content-Type': 'application/json' } }))
  await expect(apiRequest('/probe', probe)).rejects.toBeInstanceOf(ResponseFormatError)
  answer(() => HttpResponse.error())
  await expect(apiRequest('/probe', probe)).rejects.toBeInstanceOf(NetworkError)
})

test('sends JSON with same-origin credentials and never an Authorization header', async () => {
  const seen: Request[] = []
  server.use(
    http.post(url, ({ request }) => {
      seen.push(request.clone())
      return HttpResponse.json({ id: '9', name: 'new' }, { status: 201 })
    }),
  )
  await apiRequest('/probe', probe, { method: 'POST', body: { name: 'Jürgen 🚀' } })
  const [request] = seen
  expect(seen).toHaveLength(1)
  if (!request) return
  expect(request.headers.get('authorization')).toBeNull()
  expect(request.headers.get('content-type')).toBe('application/json')
  expect(request.credentials).toBe('same-origin')
  await expect(request.json()).resolves.toEqual({ name: 'Jürgen 🚀' })
})

test('every request, read or write, carries the app header the proxy checks against forged writes', async () => {
  const seen: string[] = []
  server.use(
    http.all(url, ({ request }) => {
      seen.push(`${request.method} ${request.headers.get('x-requested-with') ?? '(none)'}`)
      return request.method === 'DELETE'
        ? new HttpResponse(null, { status: 204 })
        : HttpResponse.json({ id: '9', name: 'n' })
    }),
  )
  await apiRequest('/probe', probe)
  await apiRequest('/probe', probe, { method: 'PATCH', body: { name: 'n' } })
  await apiRequestWithoutBody('/probe', { method: 'DELETE' })
  await apiRequest('/probe', probe, { method: 'POST' })
  expect(CLIENT_HEADER).toEqual({ name: 'X-Requested-With', value: 'kanbert-contacts' })
  expect(seen).toEqual([
    'GET kanbert-contacts',
    'PATCH kanbert-contacts',
    'DELETE kanbert-contacts',
    'POST kanbert-contacts',
  ])
})

test('query parameters are encoded, empty ones left out', () => {
  expect(
    buildUrl('/contacts', { 'page[size]': 5, 'page[cursor]': null, sort: '-last_name', filter: '' }),
  ).toBe(`${TEST_API_BASE_URL}/contacts?page%5Bsize%5D=5&sort=-last_name`)
})

test('an aborted request rejects with AbortError, not a NetworkError', async () => {
  answer(() => HttpResponse.json({ id: '1', name: 'x' }))
  const controller = new AbortController()
  controller.abort()
  const error = await apiRequest('/probe', probe, { signal: controller.signal }).catch(
    (caught: unknown) => caught,
  )
  expect(error).not.toBeInstanceOf(NetworkError)
  expect(error).toMatchObject({ name: 'AbortError' })
})

test('a request before the API address is configured fails loudly; trailing slashes of the address are dropped', async () => {
  vi.resetModules()
  const fresh: typeof apiClient = await import('./api-client')
  expect(() => fresh.buildUrl('/contacts')).toThrow(
    'configureApiClient() was not called before the first request',
  )
  fresh.configureApiClient({ baseUrl: 'https://intranet.example/api/v1//' })
  expect(fresh.buildUrl('/contacts', { q: 'x' })).toBe('https://intranet.example/api/v1/contacts?q=x')
  expect(fresh.getApiBaseUrl()).toBe('https://intranet.example/api/v1')
})

test('a read sends no body and no Content-Type; every request asks for JSON', async () => {
  const seen: Request[] = []
  server.use(
    http.all(url, ({ request }) => {
      seen.push(request.clone())
      return HttpResponse.json({ id: '1', name: 'x' })
    }),
  )
  await apiRequest('/probe', probe)
  const [request] = seen
  expect(request?.method).toBe('GET')
  expect(request?.headers.get('accept')).toBe('application/json')
  expect(request?.headers.get('content-type')).toBeNull()
  await expect(request?.text()).resolves.toBe('')
})

test('an answer that is not JSON, or an empty one where data was expected, is a format error', async () => {
  answer(() => new HttpResponse('id=1', { headers: { 'Content-Type': 'text/plain' } }))
  await expect(apiRequest('/probe', probe)).rejects.toThrow(`The answer from ${url} is not JSON.`)
  answer(() => new HttpResponse('  ', { headers: { 'Content-Type': 'application/json' } }))
  await expect(apiRequest('/probe', probe)).rejects.toBeInstanceOf(SchemaError)
  answer(() => new HttpResponse('{"id": ', { headers: { 'Content-Type': 'application/json' } }))
  const error = await apiRequest('/probe', probe).catch((caught: unknown) => caught)
  expect(error).toMatchObject({ message: `The answer from ${url} is not valid JSON.` })
  expect(error instanceof Error ? error.cause : null).toBeInstanceOf(SyntaxError)
})

test('a 422 without field messages is a plain HTTP error; other statuses never read as validation', async () => {
  answer(() => HttpResponse.json({ message: 'Unprocessable' }, { status: 422 }))
  const plain = await apiRequest('/probe', probe).catch((caught: unknown) => caught)
  expect(plain).toBeInstanceOf(HttpError)
  expect(plain).not.toBeInstanceOf(ValidationError)
  answer(() => HttpResponse.json({ message: 'x', errors: { email: ['bad'] } }, { status: 409 }))
  const conflict = await apiRequest('/probe', probe).catch((caught: unknown) => caught)
  expect(conflict).not.toBeInstanceOf(ValidationError)
  expect(conflict).toMatchObject({ status: 409 })
})

test('a network failure keeps what went wrong as its cause, for the console', async () => {
  answer(() => HttpResponse.error())
  const error = await apiRequest('/probe', probe).catch((caught: unknown) => caught)
  expect(error).toMatchObject({ name: 'NetworkError', message: 'The server could not be reached.' })
  expect(error instanceof Error ? error.cause : null).toBeInstanceOf(Error)
})

test('a request gate that refuses stops the request before it is sent and throws its error', async () => {
  let sent = 0
  answer(() => {
    sent += 1
    return HttpResponse.json({ id: '1', name: 'Ada' })
  })
  let refusal: Error | null = new SessionExpiredError('unauthenticated')
  setRequestGate(() => refusal)
  try {
    await expect(apiRequest('/probe', probe)).rejects.toBeInstanceOf(SessionExpiredError)
    await expect(apiRequestWithoutBody('/probe', { method: 'DELETE' })).rejects.toBeInstanceOf(
      SessionExpiredError,
    )
    expect(sent).toBe(0)
    refusal = null
    await expect(apiRequest('/probe', probe)).resolves.toEqual({ id: '1', name: 'Ada' })
    expect(sent).toBe(1)
  } finally {
    setRequestGate(() => null)
  }
})
