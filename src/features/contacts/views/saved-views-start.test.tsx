import { configure, screen, waitFor, within } from '@testing-library/react'
import { server } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'
import { signedInUserId, signInAsAnotherUser } from '../../session/session-test-helpers'
import { contactRows } from '../list/list-test-utils'
import { openStartView, takeBootStartView } from './boot-start-view'
import { deleteCustomFieldDefinition, storeViews, viewsButtonNamed } from './views-test-helpers'

configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

afterEach(() => {
  takeBootStartView()
  server.events.removeAllListeners()
  window.history.replaceState(null, '', '/')
})

/** The app opened at the bare list: the boot module's step, then the app at the address it left. */
function openBareList() {
  window.history.replaceState(null, '', '/contacts')
  const search = openStartView('/contacts', '')
  return renderApp(`/contacts${search}`)
}

function listRequests() {
  const urls: URL[] = []
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (request.method === 'GET' && url.pathname.endsWith('/contacts')) urls.push(url)
  })
  return urls
}

const startView = {
  id: 'v-start',
  name: 'My start',
  search: 'q=er&sort=-last_name&size=10',
  columns: { phone: false, created_at: true },
}

test('the bare list opens the start view: only its page is requested, and its columns are shown', async () => {
  storeViews(signedInUserId(), [startView], 'v-start')
  const requests = listRequests()
  const { router } = openBareList()
  await contactRows()
  expect(router.state.location.search).toBe('?q=er&sort=-last_name&size=10')
  await viewsButtonNamed('Views: My start')
  const table = screen.getByRole('table', { name: 'Contacts' })
  await waitFor(() =>
    expect(within(table).queryByRole('columnheader', { name: 'Phone' })).not.toBeInTheDocument(),
  )
  expect(within(table).getByRole('columnheader', { name: /Created/ })).toBeInTheDocument()
  expect(requests.length).toBeGreaterThan(0)
  // Never the default first page (API order, 30 rows): no flash of rows the view does not show.
  for (const url of requests) {
    expect(url.searchParams.get('sort')).toBe('-last_name')
    expect(url.searchParams.get('page[size]')).toBe('10')
  }
})

test('a start view whose custom field vanished opens without that condition and says so', async () => {
  storeViews(
    signedInUserId(),
    [{ ...startView, search: 'q=er&f=custom_fields.lead_source:eq:"Messe"' }],
    'v-start',
  )
  deleteCustomFieldDefinition('lead_source')
  const { router } = openBareList()
  expect(
    await screen.findByText('“My start” opened without what no longer exists: lead_source is “Messe”'),
  ).toBeInTheDocument()
  await waitFor(() => expect(router.state.location.search).toBe('?q=er'))
})

test('when another user used the list here last, their start view gives way to this user’s', async () => {
  const me = signedInUserId()
  const other = signInAsAnotherUser()
  // The other user here is the one signed in now; the view stored for "me" was the last list user's.
  storeViews(me, [startView], 'v-start')
  const { router } = openBareList()
  await waitFor(() => expect(router.state.location.search).toBe(''))
  await contactRows()
  await viewsButtonNamed('Views')
  expect(other.id).not.toBe(me)
})
