import { QueryClient } from '@tanstack/react-query'
import { rememberEarlyResponse, takeEarlyResponse } from '../../../lib/early-responses'
import { server } from '../../../../test/emulator-server'
import { contactPageUrl, fetchContactPage } from '../api/contact-api'
import { contactQueries } from '../api/contact-queries'
import { contactCustomFieldsFirstPageUrl, contactCustomFieldsQuery } from '../api/custom-field-queries'
import { parseListUrl } from './list-url-state'
import { seedArrivedFirstPage } from './seed-first-page'

const search = '?q=Maier&size=50'
const { params } = parseListUrl(new URLSearchParams(search))

function recordRequests() {
  const seen: string[] = []
  server.events.on('request:start', ({ request }) => seen.push(request.url))
  return seen
}

/** An early answer the boot module got from the emulator (through MSW, as the app would). */
async function arrivedEarly(url: string) {
  const response = fetch(url)
  rememberEarlyResponse(url, response)
  await response
}

afterEach(() => {
  server.events.removeAllListeners()
  void takeEarlyResponse(contactPageUrl(params))
  void takeEarlyResponse(contactCustomFieldsFirstPageUrl())
})

test('answers that arrived early go into the cache before the first render, without another request', async () => {
  await arrivedEarly(contactPageUrl(params))
  await arrivedEarly(contactCustomFieldsFirstPageUrl())
  const seen = recordRequests()
  const queryClient = new QueryClient()

  await seedArrivedFirstPage(queryClient, search)

  const page = queryClient.getQueryData(contactQueries.list(params).queryKey)
  expect(page).toEqual(await fetchContactPage(params))
  expect(queryClient.getQueryData(contactCustomFieldsQuery().queryKey)?.length).toBeGreaterThan(0)
  expect(seen).toEqual([contactPageUrl(params)]) // only the comparison fetch just above
})

test('an early answer still on its way is not waited for', async () => {
  const pending = new Promise<Response>(() => undefined)
  rememberEarlyResponse(contactPageUrl(params), pending)
  const seen = recordRequests()
  const queryClient = new QueryClient()

  await seedArrivedFirstPage(queryClient, search)

  expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
  expect(seen).toEqual([])
})

test('without an early answer for exactly this page (another page, another screen) nothing is requested', async () => {
  await arrivedEarly(contactPageUrl({ ...params, pageSize: 100 }))
  const seen = recordRequests()
  const queryClient = new QueryClient()

  await seedArrivedFirstPage(queryClient, search)
  await seedArrivedFirstPage(queryClient, '')

  expect(queryClient.getQueryCache().getAll()).toHaveLength(0)
  expect(seen).toEqual([])
  void takeEarlyResponse(contactPageUrl({ ...params, pageSize: 100 }))
})
