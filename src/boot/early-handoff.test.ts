import { http, HttpResponse } from 'msw'
import { z } from 'zod'
import { rememberEarlyResponse } from '../lib/early-responses'
import { apiRequest, buildUrl } from '../lib/api-client'
import { loadRuntimeConfig } from '../lib/config'
import { configUrl } from '../lib/request-url'
import { server, TEST_API_BASE_URL } from '../../test/emulator-server'

const url = `${TEST_API_BASE_URL}/probe`
const probe = z.object({ name: z.string() })

function countNetworkAnswers(name: string) {
  const sent: string[] = []
  server.use(
    http.get(url, ({ request }) => {
      sent.push(request.url)
      return HttpResponse.json({ name })
    }),
  )
  return sent
}

const earlyJson = (body: unknown, init?: ResponseInit) => Promise.resolve(Response.json(body, init))

test('the API client takes the early answer for exactly its URL, once, and validates it as usual', async () => {
  const sent = countNetworkAnswers('network')
  rememberEarlyResponse(buildUrl('/probe'), earlyJson({ name: 'early', extra: 1 }))
  await expect(apiRequest('/probe', probe)).resolves.toEqual({ name: 'early' })
  expect(sent).toHaveLength(0)
  await expect(apiRequest('/probe', probe)).resolves.toEqual({ name: 'network' })
  expect(sent).toHaveLength(1)
})

test('an early answer for another URL is ignored', async () => {
  const sent = countNetworkAnswers('network')
  rememberEarlyResponse(buildUrl('/probe', { q: 'other' }), earlyJson({ name: 'early' }))
  await expect(apiRequest('/probe', probe)).resolves.toEqual({ name: 'network' })
  expect(sent).toHaveLength(1)
})

test('an early request that failed falls back to a normal fetch', async () => {
  const sent = countNetworkAnswers('network')
  rememberEarlyResponse(buildUrl('/probe'), Promise.reject(new TypeError('Failed to fetch')))
  await expect(apiRequest('/probe', probe)).resolves.toEqual({ name: 'network' })
  expect(sent).toHaveLength(1)
})

test('an early 401 or 403 is handled exactly as the same answer from a normal fetch', async () => {
  rememberEarlyResponse(buildUrl('/probe'), earlyJson({}, { status: 401 }))
  await expect(apiRequest('/probe', probe)).rejects.toMatchObject({
    name: 'SessionExpiredError',
    reason: 'unauthenticated',
  })
  rememberEarlyResponse(buildUrl('/probe'), earlyJson({ message: 'no' }, { status: 403 }))
  await expect(apiRequest('/probe', probe)).rejects.toMatchObject({ name: 'HttpError', status: 403 })
})

test('an early answer that fails its schema is a schema error, as from the network', async () => {
  rememberEarlyResponse(buildUrl('/probe'), earlyJson({ name: 42 }))
  await expect(apiRequest('/probe', probe)).rejects.toMatchObject({ name: 'SchemaError' })
})

test('config loading takes the early config.json answer, and falls back when it failed', async () => {
  const base = '/early-test/'
  let fetched = 0
  server.use(
    http.get(`*${configUrl(base)}`, () => {
      fetched += 1
      return HttpResponse.json({ apiBaseUrl: 'network/api' })
    }),
  )
  rememberEarlyResponse(configUrl(base), earlyJson({ apiBaseUrl: 'early/api' }))
  expect((await loadRuntimeConfig(base)).apiBaseUrl).toMatch(/early\/api$/)
  expect(fetched).toBe(0)

  rememberEarlyResponse(configUrl(base), earlyJson({}, { status: 500 }))
  expect((await loadRuntimeConfig(base)).apiBaseUrl).toMatch(/network\/api$/)
  expect(fetched).toBe(1)
})
