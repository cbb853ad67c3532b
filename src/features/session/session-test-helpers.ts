/** Shared steps of the session tests. Only imported by tests. */
import { onlineManager, type QueryClient } from '@tanstack/react-query'
import { http, HttpResponse } from 'msw'
import { getEmulator, server, TEST_API_BASE_URL } from '../../../test/emulator-server'
import { createLookups } from '../../emulator/core/lookups'
import { userData } from '../../emulator/core/serialize'
import { retryDelay, shouldRetry } from '../../lib/retry-policy'
import { pageNavigation } from './page-navigation'

type StoredContact = ReturnType<ReturnType<typeof getEmulator>['getState']>['contacts'][number]

export function activeContact(): StoredContact & { first_name: string; last_name: string } {
  for (const contact of getEmulator().getState().contacts) {
    const { first_name, last_name } = contact
    if (contact.deleted_at === null && first_name !== null && last_name !== null)
      return { ...contact, first_name, last_name }
  }
  throw new Error('no active seeded contact')
}

export function signedInUserName(): string {
  const state = getEmulator().getState()
  const me = state.users.find((user) => user.id === state.me_id)
  if (!me) throw new Error('the emulator has no signed-in user')
  return `${me.first_name} ${me.last_name}`.trim()
}

export function signedInUserId(): string {
  return getEmulator().getState().me_id
}

/** From now on whoami names another user of the workspace, as after a colleague signed in on this tab. */
export function signInAsAnotherUser(): { id: string; name: string } {
  const state = getEmulator().getState()
  const other = state.users.find((user) => user.id !== state.me_id)
  if (!other) throw new Error('the emulator has only one user')
  server.use(
    http.get(`${TEST_API_BASE_URL}/whoami`, () =>
      HttpResponse.json({ data: userData(other, createLookups(state)) }),
    ),
  )
  return { id: other.id, name: `${other.first_name} ${other.last_name}`.trim() }
}

/** jsdom cannot leave the page: record where the app goes instead. */
export function watchPageNavigation() {
  return {
    assign: vi.spyOn(pageNavigation, 'assign').mockImplementation(() => undefined),
    reload: vi.spyOn(pageNavigation, 'reload').mockImplementation(() => undefined),
  }
}

/** Every API request the app sends from now on, as "METHOD /path". */
export function recordRequests(): string[] {
  const seen: string[] = []
  server.events.on('request:start', ({ request }) => {
    seen.push(`${request.method} ${new URL(request.url).pathname.replace(/^\/api\/v1/, '')}`)
  })
  return seen
}

/** The test render helper turns retries off; these tests need the production policy. */
export function useProductionRetries(queryClient: QueryClient): void {
  const defaults = queryClient.getDefaultOptions()
  queryClient.setDefaultOptions({
    ...defaults,
    queries: { ...defaults.queries, retry: shouldRetry, retryDelay },
  })
}

afterEach(() => {
  server.events.removeAllListeners()
  onlineManager.setOnline(true)
})
