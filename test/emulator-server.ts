/**
 * The MSW server of the unit tests, answering from a fresh Kanbert emulator per test: the same core the
 * dev server and the e2e runs use, so tests exercise the real contract rules instead of a second fake.
 */
import { http, HttpResponse } from 'msw'
import { setupServer } from 'msw/node'
import { createEmulator, type Emulator } from '../src/emulator/core/emulator'
import { createKanbertHandlers } from '../src/emulator/adapters/msw-handlers'
import type { ContactRecord } from '../src/emulator/core/types'

export const TEST_API_BASE_URL = 'http://localhost/api/v1'

export const server = setupServer()

let emulator: Emulator | null = null

/** Replaces the emulator (and the handlers bound to it) with a freshly seeded one. */
export function resetEmulator(): Emulator {
  emulator = createEmulator({ contactCount: 300 })
  server.resetHandlers(...createKanbertHandlers(emulator, TEST_API_BASE_URL))
  return emulator
}

/** The current test's emulator: read what a save stored, or inject faults before rendering. */
export function getEmulator(): Emulator {
  if (!emulator)
    throw new Error('getEmulator() called outside a test (the emulator is created in beforeEach)')
  return emulator
}

/** What the emulator stored for `id` (by default the current test's emulator): for asserting writes. */
export function storedContact(id: string, from: Emulator = getEmulator()): ContactRecord {
  const contact = from.getState().contacts.find((candidate) => candidate.id === id)
  if (!contact) throw new Error(`contact ${id} is not stored`)
  return contact
}

/**
 * From now on GET /contacts/:id answers as the emulator does, with these `custom_fields` keys set on top:
 * values the emulator would refuse to store (keys no definition describes, 2.5 in a number field, an id
 * no user has), as a real API may still carry them.
 */
export function serveContactCustomFields(extra: Record<string, unknown>): void {
  server.use(
    http.get(`${TEST_API_BASE_URL}/contacts/:id`, async ({ request }) => {
      const url = new URL(request.url)
      const answer = await getEmulator().handle({
        method: 'GET',
        path: url.pathname.replace('/api/v1', ''),
        query: url.searchParams,
        body: undefined,
      })
      const body: unknown = JSON.parse(answer.body ?? '{}')
      if (typeof body !== 'object' || body === null || !('custom_fields' in body))
        throw new Error('unexpected body')
      return HttpResponse.json({ ...body, custom_fields: { ...(body.custom_fields as object), ...extra } })
    }),
  )
}
