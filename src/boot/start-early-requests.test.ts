import { http, HttpResponse } from 'msw'
import { startEarlyRequests } from './start-early-requests'
import { takeEarlyResponse } from '../lib/early-responses'
import { earlyCustomFieldsUrl, earlyListRequestUrl } from './early-request-urls'
import { CLIENT_HEADER } from '../lib/request-url'
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

test('on a list URL: config.json, then the first page with the API client headers, both kept for the app', async () => {
  server.use(http.get('*/config.json', () => HttpResponse.json({ apiBaseUrl: TEST_API_BASE_URL })))
  const seen = recordRequests()
  const opened = new URL('http://localhost/contacts?q=Maier&size=50')
  void startEarlyRequests('/', opened)

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
  void startEarlyRequests('/', new URL('http://localhost/contacts/c-1'))
  await until(() => seen.length > 0)
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(seen.map((request) => new URL(request.url).pathname)).toEqual(['/config.json'])
  expect(takeEarlyResponse('/config.json')).toBeDefined()
})

test('on a list URL the custom-field definitions are requested early, and their query takes that answer', async () => {
  server.use(http.get('*/config.json', () => HttpResponse.json({ apiBaseUrl: TEST_API_BASE_URL })))
  const seen = recordRequests()
  void startEarlyRequests('/', new URL('http://localhost/contacts?f=last_name:contains:"M"'))
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
  void startEarlyRequests('/', new URL('http://localhost/'))
  expect(window.location.pathname + window.location.search).toBe('/contacts?q=Maier&size=50')
  expect(takeBootStartView()).toMatchObject({ userId: 'u-1', viewId: 'v-1' })

  const listUrl = earlyListRequestUrl(TEST_API_BASE_URL, new URLSearchParams('q=Maier&size=50'))
  await until(() => seen.some((request) => request.url === listUrl))
  expect(takeEarlyResponse(listUrl ?? '')).toBeDefined()
  window.history.replaceState(null, '', '/')
})

test('resolves (for the app to load) once the list’s requests are sent, or when config.json failed', async () => {
  server.use(http.get('*/config.json', () => HttpResponse.json({ apiBaseUrl: TEST_API_BASE_URL })))
  const opened = new URL('http://localhost/contacts?q=Maier')
  await startEarlyRequests('/', opened)
  const listUrl = earlyListRequestUrl(TEST_API_BASE_URL, opened.searchParams) ?? ''
  expect(takeEarlyResponse(listUrl)).toBeDefined()
  expect(takeEarlyResponse(earlyCustomFieldsUrl(TEST_API_BASE_URL))).toBeDefined()
  void takeEarlyResponse('/config.json')

  server.use(http.get('*/config.json', () => new HttpResponse('<html>', { status: 502 })))
  await expect(startEarlyRequests('/', opened)).resolves.toBeUndefined()
  expect(takeEarlyResponse(listUrl)).toBeUndefined()
  void takeEarlyResponse('/config.json')
})
