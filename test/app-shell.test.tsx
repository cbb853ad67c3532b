import { screen, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { userSchema } from '../src/api/schemas/common'
import { COLOR_MODE_STORAGE_KEY } from '../src/app/color-mode'
import { LANGUAGE_STORAGE_KEY } from '../src/lib/i18n'
import { server, TEST_API_BASE_URL } from './emulator-server'
import { renderApp } from './render'

/** The signed-in user as the emulator answers /whoami (through MSW, like the app). */
async function signedInUser() {
  const response = await fetch(`${TEST_API_BASE_URL}/whoami`)
  return userSchema.parse(await response.json())
}

test('shows the signed-in user from the emulator in the app bar', async () => {
  const user = await signedInUser()
  renderApp('/no/such/page')
  const banner = screen.getByRole('banner')
  expect(await within(banner).findByText(`${user.first_name} ${user.last_name}`)).toBeInTheDocument()
  expect(within(banner).getByText(user.space.name)).toBeInTheDocument()
  expect(within(banner).getByRole('link', { name: /Kanbert Contacts/ })).toHaveAttribute('href', '/contacts')
})

test('redirects / to the contact list', async () => {
  const { router } = renderApp('/')
  expect(await screen.findByRole('main')).toBeInTheDocument()
  expect(router.state.location.pathname).toBe('/contacts')
})

test('shows "page not found" for an unknown path, with a way back to the list', async () => {
  const { user, router } = renderApp('/no/such/page')
  expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: 'Back to contacts' }))
  expect(router.state.location.pathname).toBe('/contacts')
})

test('loads a lazily split page from a deep link', async () => {
  renderApp('/contacts/new')
  // The form chunk is large; on a busy machine it takes longer than findBy's default second.
  expect(await screen.findByRole('heading', { level: 1 }, { timeout: 15_000 })).toBeInTheDocument()
  expect(screen.getByRole('banner')).toBeInTheDocument()
})

test('switches the UI to German and remembers the choice', async () => {
  const { user } = renderApp('/no/such/page')
  await screen.findByRole('heading', { name: 'Page not found' })
  await user.click(screen.getByRole('button', { name: 'Language: EN' }))
  await user.click(await screen.findByRole('menuitemradio', { name: 'Deutsch' }))
  expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Sprache: DE' })).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Zum Hauptinhalt springen' })).toBeInTheDocument()
  expect(document.documentElement).toHaveAttribute('lang', 'de')
  expect(window.localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de')
})

test('switches to the dark color theme and remembers the choice', async () => {
  const { user } = renderApp('/no/such/page')
  await user.click(screen.getByRole('button', { name: 'Color theme: System' }))
  expect(await screen.findByRole('menuitemradio', { name: 'System' })).toHaveAttribute('aria-checked', 'true')
  await user.click(screen.getByRole('menuitemradio', { name: 'Dark' }))
  expect(screen.getByRole('button', { name: 'Color theme: Dark' })).toBeInTheDocument()
  expect(document.documentElement).toHaveClass('dark')
  expect(window.localStorage.getItem(COLOR_MODE_STORAGE_KEY)).toBe('dark')
})

test('keeps the shell working when /whoami fails', async () => {
  server.use(
    http.get(`${TEST_API_BASE_URL}/whoami`, () => HttpResponse.json({ message: 'boom' }, { status: 500 })),
  )
  const { user, router } = renderApp('/no/such/page')
  expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument()
  await user.click(screen.getByRole('link', { name: /Kanbert Contacts/ }))
  expect(router.state.location.pathname).toBe('/contacts')
  expect(screen.getByRole('banner')).toBeInTheDocument()
  expect(screen.queryByRole('heading', { name: 'Something went wrong' })).not.toBeInTheDocument()
})

test('the skip link moves focus to the main content', async () => {
  const { user } = renderApp('/no/such/page')
  await screen.findByRole('heading', { name: 'Page not found' })
  await user.tab()
  expect(screen.getByRole('link', { name: 'Skip to main content' })).toHaveFocus()
  await user.keyboard('{Enter}')
  expect(screen.getByRole('main')).toHaveFocus()
})

test('offers "Sign out" only when config.json names a logout address', async () => {
  renderApp('/no/such/page', { config: { logoutUrl: 'https://sso.example.com/logout' } })
  // A button, not a link: signing out first clears the cache and every stored draft.
  // Named by aria-label; the hover hint is a native title (MUI's Tooltip would put Popper on the first page).
  expect(await screen.findByRole('button', { name: 'Sign out' })).toHaveAttribute('title', 'Sign out')
})

test('has no "Sign out" without a logout address', async () => {
  renderApp('/no/such/page')
  await screen.findByRole('heading', { name: 'Page not found' })
  expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument()
})
