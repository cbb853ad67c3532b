import { act, screen } from '@testing-library/react'
import { onlineManager } from '@tanstack/react-query'
import { renderApp } from '../../../test/render'
import { getEmulator } from '../../../test/emulator-server'
import { RateLimitError, SessionExpiredError, HttpError } from '../../lib/api-errors'
import { retryDelay, shouldRetry } from '../../lib/retry-policy'
import { activeContact, recordRequests, useProductionRetries } from './session-test-helpers'

const SLOW = { timeout: 20_000 }
vi.setConfig({ testTimeout: 90_000 })
const rateLimited = (seconds: number | null) =>
  new RateLimitError({}, 'http://localhost/api/v1/contacts', seconds)

test('reads retry a 429 after Retry-After, growing delays without it, never past a minute', () => {
  expect(shouldRetry(0, rateLimited(3))).toBe(true)
  expect(shouldRetry(2, rateLimited(3))).toBe(true)
  expect(shouldRetry(3, rateLimited(3))).toBe(false)
  expect(retryDelay(0, rateLimited(3))).toBe(3000)
  expect(retryDelay(0, rateLimited(600))).toBe(60_000)
  expect([0, 1, 2].map((count) => retryDelay(count, rateLimited(null)))).toEqual([1000, 2000, 4000])
  expect(shouldRetry(0, new HttpError(403, {}, 'x'))).toBe(false)
  expect(shouldRetry(0, new SessionExpiredError('unauthenticated'))).toBe(false)
})

test('a 429 on the list is retried after Retry-After, keeping the rows and showing no error', async () => {
  const contact = activeContact()
  const { queryClient } = renderApp(`/contacts?q=${encodeURIComponent(contact.last_name)}`)
  useProductionRetries(queryClient)
  const name = new RegExp(contact.last_name)
  await screen.findAllByRole('link', { name }, SLOW)

  getEmulator().faults.inject({ kind: 429, method: 'GET', path: '/contacts', retryAfterSeconds: 1 })
  const requests = recordRequests()
  await act(async () => {
    await queryClient.invalidateQueries({ queryKey: ['contacts'] })
  })
  expect(requests.filter((request) => request === 'GET /contacts')).toHaveLength(2)
  expect(getEmulator().faults.pending()).toEqual([])
  expect(screen.getAllByRole('link', { name }).length).toBeGreaterThan(0)
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})

test('offline: a banner, queries wait, and they resume when the connection is back', async () => {
  const contact = activeContact()
  const { queryClient } = renderApp(`/contacts?q=${encodeURIComponent(contact.last_name)}`)
  await screen.findAllByRole('link', { name: new RegExp(contact.last_name) }, SLOW)

  act(() => onlineManager.setOnline(false))
  expect(await screen.findByText(/You are offline/)).toBeInTheDocument()
  const requests = recordRequests()
  await act(async () => {
    void queryClient.invalidateQueries()
    await new Promise((resolve) => setTimeout(resolve, 200))
  })
  expect(requests).toEqual([])

  // Back online: the paused refetches run (inside act, as their answers re-render the list).
  await act(async () => {
    onlineManager.setOnline(true)
    for (let tries = 0; tries < 40 && !requests.includes('GET /contacts'); tries++)
      await new Promise((resolve) => setTimeout(resolve, 50))
    await new Promise((resolve) => setTimeout(resolve, 300))
  })
  expect(requests).toContain('GET /contacts')
  expect(screen.queryByText(/You are offline/)).not.toBeInTheDocument()
  expect(screen.getAllByRole('link', { name: new RegExp(contact.last_name) }).length).toBeGreaterThan(0)
})
