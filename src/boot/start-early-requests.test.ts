import { http, HttpResponse } from 'msw'
import { startEarlyRequests } from './start-early-requests'
import { takeEarlyResponse } from '../lib/early-responses'
import { earlyCustomFieldsUrl, earlyListRequestUrl } from './early-request-urls'
import { CLIENT_HEADER } from '../lib/request-url'
import { rememberApiBaseUrl } from '../lib/remembered-api-base'
import { server, TEST_API_BASE_URL } from '../../test/emulator-server'
import { QueryClient } from '@tanstack/react-query'
import { paths } from '../contract/kanbert-contract'
import { contactCustomFieldsQuery } from '../features/contacts/api/custom-field-queries'
import { takeBootStartView } from '../features/contacts/views/boot-start-view'
import { storeViews } from '../features/contacts/views/views-test-helpers'

function recordRequests() {
  const seen: Request[] = []
  server.events.on('request:start', ({ request }) => seen.push(request.clone()))
  return seen
}

afterEach(() => {
  server.events.removeAllListeners()
})

async function until(check: () => boolean) {
  await vi.waitFor(() => {
    if (!check()) throw new Error('not yet')
  })
}

test('on a list URL: config.json and the first page with the API client headers, both kept for the app', async () => {
  server.use(http.get('*/config.json', () => HttpResponse.json({ apiBaseUrl: TEST_API_BASE_URL })))
  const seen = recordRequests()
  const opened = new URL('http://localhost/contacts?q=Maier&size=50')
  startEarlyRequests('/', opened)

  const listUrl = earlyListRequestUrl(TEST_API_BASE_URL, opened.searchParams)
  await until(() => seen.some((request) => request.url === listUrl))
  const list = seen.find((request) => request.url === listUrl)
  expect(list?.headers.get(CLIENT_HEADER.name)).toBe(CLIENT_HEADER.value)
  expect(list?.credentials).toBe('same-origin')
  expect(list?.redirect).toBe('manual')
  expect(takeEarlyResponse('/config.json')).toBeDefined()
  expect(takeEarlyResponse(listUrl ?? '')).toBeDefined()
})

test('on another page only config.json is requested early', async () => {
  server.use(http.get('*/config.json', () => HttpResponse.json({ apiBaseUrl: TEST_API_BASE_URL })))
  const seen = recordRequests()
  startEarlyRequests('/', new URL('http://localhost/contacts/c-1'))
  await until(() => seen.length > 0)
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(seen.map((request) => new URL(request.url).pathname)).toEqual(['/config.json'])
  expect(takeEarlyResponse('/config.json')).toBeDefined()
})

test('on a list URL the custom-field definitions are requested early, and their query takes that answer', async () => {
  server.use(http.get('*/config.json', () => HttpResponse.json({ apiBaseUrl: TEST_API_BASE_URL })))
  const seen = recordRequests()
  startEarlyRequests('/', new URL('http://localhost/contacts?f=last_name:contains:"M"'))
  const isDefinitions = (request: Request) => new URL(request.url).pathname.endsWith(paths.customFields)
  await until(() => seen.some(isDefinitions))

  const definitions = await new QueryClient().query(contactCustomFieldsQuery())
  expect(definitions.length).toBeGreaterThan(0)
  expect(seen.filter(isDefinitions)).toHaveLength(1)
})

test('opened at the app root with a start view stored: the address becomes the view’s, whose page is requested early', async () => {
  server.use(http.get('*/config.json', () => HttpResponse.json({ apiBaseUrl: TEST_API_BASE_URL })))
  storeViews('u-1', [{ id: 'v-1', name: 'Maier', search: 'q=Maier&size=50', columns: {} }], 'v-1')
  const seen = recordRequests()
  window.history.replaceState(null, '', '/')
  startEarlyRequests('/', new URL('http://localhost/'))
  expect(window.location.pathname + window.location.search).toBe('/contacts?q=Maier&size=50')
  expect(takeBootStartView()).toMatchObject({ userId: 'u-1', viewId: 'v-1' })

  const listUrl = earlyListRequestUrl(TEST_API_BASE_URL, new URLSearchParams('q=Maier&size=50'))
  await until(() => seen.some((request) => request.url === listUrl))
  expect(takeEarlyResponse(listUrl ?? '')).toBeDefined()
  window.history.replaceState(null, '', '/')
})

test('the list’s requests do not wait for config.json: they go out at once, even when it fails', async () => {
  server.use(http.get('*/config.json', () => new HttpResponse('<html>', { status: 502 })))
  const seen = recordRequests()
  const opened = new URL('http://localhost/contacts?q=Maier')
  startEarlyRequests('/', opened)
  const listUrl = earlyListRequestUrl(TEST_API_BASE_URL, opened.searchParams) ?? ''
  // Remembered synchronously, before any answer: nothing is chained on config.json.
  expect(takeEarlyResponse(listUrl)).toBeDefined()
  expect(takeEarlyResponse(earlyCustomFieldsUrl(TEST_API_BASE_URL))).toBeDefined()
  await until(() => seen.some((request) => request.url === listUrl))
  void takeEarlyResponse('/config.json')
})

test('the API base the last config.json gave is used; one of another origin is not', async () => {
  server.use(http.get('http://localhost/proxy/kanbert/v1/*', () => HttpResponse.json({ data: [] })))
  const seen = recordRequests()
  const opened = new URL('http://localhost/contacts?q=Maier')
  rememberApiBaseUrl('http://localhost/proxy/kanbert/v1')
  startEarlyRequests('/', opened)
  const remembered = earlyListRequestUrl('http://localhost/proxy/kanbert/v1', opened.searchParams) ?? ''
  expect(takeEarlyResponse(remembered)).toBeDefined()

  rememberApiBaseUrl('https://elsewhere.example/api/v1')
  startEarlyRequests('/', opened)
  const fallback = earlyListRequestUrl(TEST_API_BASE_URL, opened.searchParams) ?? ''
  expect(takeEarlyResponse(fallback)).toBeDefined()
  // Every request answered before the test's handlers go.
  await until(() => seen.filter((request) => new URL(request.url).pathname !== '/config.json').length === 4)
  expect(seen.some((request) => request.url.startsWith('https://elsewhere.example'))).toBe(false)
  for (const url of ['/config.json', earlyCustomFieldsUrl(TEST_API_BASE_URL)]) void takeEarlyResponse(url)
  void takeEarlyResponse(earlyCustomFieldsUrl('http://localhost/proxy/kanbert/v1'))
})
