import { configure, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { server, TEST_API_BASE_URL } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'
import { contactRows } from './list-test-utils'
import { useListUrlState } from './use-list-url-state'

configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

/** The list requests (GET /contacts) the test's page sends, as their query strings. */
function recordListRequests() {
  const seen: URLSearchParams[] = []
  server.events.on('request:start', ({ request }) => {
    const url = new URL(request.url)
    if (request.method === 'GET' && url.pathname.endsWith('/contacts')) seen.push(url.searchParams)
  })
  return seen
}

function SortButton() {
  const { update } = useListUrlState()
  return (
    <button type="button" onClick={() => update({ sort: 'last_name' })}>
      Sort by last name
    </button>
  )
}

test('a change of the list state sends its page request itself, without waiting for the list to render', async () => {
  const requests = recordListRequests()
  // No list on the page: nothing but the URL state's write can ask for the sorted page.
  const { user, router } = renderApp('/contacts', { content: <SortButton /> })
  await user.click(await screen.findByRole('button', { name: 'Sort by last name' }))

  expect(router.state.location.search).toBe('?sort=last_name')
  await waitFor(() => expect(requests.map((query) => query.get('sort'))).toEqual(['last_name']))
})

test('sorting the list asks for the sorted page once', async () => {
  const { user } = renderApp('/contacts?size=10')
  await contactRows()
  const requests = recordListRequests()

  await user.click(screen.getByRole('button', { name: 'Last name' }))
  await waitFor(() =>
    expect(screen.getByRole('columnheader', { name: /Last name/ })).toHaveAttribute('aria-sort', 'ascending'),
  )
  // The page after it is prefetched once the sorted rows are there; it carries a cursor.
  await waitFor(() => expect(requests.some((query) => query.has('page[cursor]'))).toBe(true))
  const sortedFirstPages = requests.filter(
    (query) => query.get('sort') === 'last_name' && !query.has('page[cursor]'),
  )
  expect(sortedFirstPages).toHaveLength(1)
})

test('a refused sort’s answer, which may come before the list has rendered the new order, is shown', async () => {
  server.use(
    http.get(`${TEST_API_BASE_URL}/contacts`, ({ request }) =>
      new URL(request.url).searchParams.get('sort') === 'last_name'
        ? HttpResponse.json({ message: 'Sorting by last name is not available.' }, { status: 400 })
        : undefined,
    ),
  )
  const { user } = renderApp('/contacts?size=10')
  await contactRows()

  await user.click(screen.getByRole('button', { name: 'Last name' }))
  expect(await screen.findByRole('alert')).toHaveTextContent('Sorting by last name is not available.')
})
