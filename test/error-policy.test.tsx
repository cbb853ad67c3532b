import { useQuery } from '@tanstack/react-query'
import { act, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { sessionQueries } from '../src/features/session/api/session-queries'
import { HttpError } from '../src/lib/api-errors'
import { FAILURE_LOG_PREFIX } from '../src/app/query-client'
import { server, TEST_API_BASE_URL } from './emulator-server'
import { renderApp } from './render'
import { watchPageNavigation } from '../src/features/session/session-test-helpers'

function WhoamiProbe() {
  const { data, isError } = useQuery(sessionQueries.whoami())
  if (isError && !data) return <h1>Handled by the page</h1>
  return <h1>{data ? `Hello ${data.first_name}` : 'Loading'}</h1>
}

function NotFoundThrower(): never {
  throw new HttpError(404, { message: 'No query results' }, 'http://localhost/api/v1/contacts/x')
}

const failWhoami = (status: number) =>
  server.use(
    http.get(`${TEST_API_BASE_URL}/whoami`, () => HttpResponse.json({ message: 'boom' }, { status })),
  )

function renderProbe() {
  return renderApp('/', { content: <WhoamiProbe /> })
}

test('a 5xx on first load shows the route error page, and "Try again" recovers', async () => {
  failWhoami(500)
  const { user } = renderProbe()
  expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to contacts' })).toBeInTheDocument()
  server.resetHandlers()
  await user.click(screen.getByRole('button', { name: 'Try again' }))
  expect(await screen.findByRole('heading', { name: /^Hello / })).toBeInTheDocument()
})

test('the screen shows a short detail; the console keeps the whole answer of a failed request', async () => {
  const message = `boom ${'stack frame '.repeat(100)}`
  server.use(
    http.get(`${TEST_API_BASE_URL}/whoami`, () =>
      HttpResponse.json({ message, trace: ['a'] }, { status: 500 }),
    ),
  )
  const logged: unknown[][] = []
  vi.mocked(console.info).mockImplementation((...args: unknown[]) => void logged.push(args))
  renderProbe()
  expect(await screen.findByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument()
  expect(screen.getByText(/^Technical details: HTTP 500: boom stack frame/).textContent.length).toBeLessThan(
    200,
  )
  expect(logged).toContainEqual([FAILURE_LOG_PREFIX, 500, { message, trace: ['a'] }, expect.any(HttpError)])
})

test('a 4xx on first load is left to the component (no error page)', async () => {
  failWhoami(404)
  renderProbe()
  expect(await screen.findByRole('heading', { name: 'Handled by the page' })).toBeInTheDocument()
})

test('a 403 on first load is "no access", which a retry cannot fix', async () => {
  failWhoami(403)
  renderProbe()
  expect(
    await screen.findByRole('heading', { name: "You don't have access to contacts" }),
  ).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
})

test('a failed background refetch keeps the data and shows one snackbar', async () => {
  const { queryClient } = renderProbe()
  await screen.findByRole('heading', { name: /^Hello / })
  failWhoami(500)
  // Two failing refetches, as when several queries fail at once: still one message.
  await act(() => queryClient.refetchQueries())
  await act(() => queryClient.refetchQueries())
  expect(await screen.findByRole('alert')).toHaveTextContent('Could not refresh the data')
  expect(screen.getAllByRole('alert')).toHaveLength(1)
  expect(screen.getByRole('heading', { name: /^Hello / })).toBeInTheDocument()
})

test('an HTTP 404 thrown by a page reads as "not found"', async () => {
  renderApp('/', { content: <NotFoundThrower /> })
  expect(await screen.findByRole('heading', { name: 'Not found' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Back to contacts' })).toBeInTheDocument()
})

test('an expired session offers the configured login page, returning to the current address', async () => {
  server.use(http.get(`${TEST_API_BASE_URL}/whoami`, () => new HttpResponse(null, { status: 401 })))
  const { user } = renderApp('/', {
    content: <WhoamiProbe />,
    config: { loginUrl: 'https://sso.example.com/login?return={returnTo}' },
  })
  const navigation = watchPageNavigation()
  expect(await screen.findByRole('heading', { name: 'Your session has expired' })).toBeInTheDocument()
  // The route page and the session dialog both offer it; either goes to the login with this path.
  await user.click(screen.getAllByRole('button', { name: 'Sign in again', hidden: true })[0] ?? document.body)
  expect(navigation.assign).toHaveBeenCalledWith(
    `https://sso.example.com/login?return=${encodeURIComponent('/')}`,
  )
})
