import { screen, within } from '@testing-library/react'
import { renderApp } from '../../../test/render'
import { loadDraft, saveDraft } from '../contacts/form/draft-storage'
import { activeContact, signedInUserId, watchPageNavigation } from './session-test-helpers'

const SLOW = { timeout: 20_000 }
vi.setConfig({ testTimeout: 90_000 })

test('sign-out clears the query cache and every stored draft, then goes to logoutUrl', async () => {
  const navigation = watchPageNavigation()
  const owner = signedInUserId()
  saveDraft('new', { owner, values: { first_name: 'Ada' }, base: {}, basedOn: null })
  saveDraft('c-1', { owner, values: { first_name: 'Bea' }, base: {}, basedOn: 'x' })
  window.sessionStorage.setItem('unrelated', 'kept')
  const { user, queryClient } = renderApp('/contacts', { config: { logoutUrl: '/sso/logout' } })
  await screen.findAllByRole('row', {}, SLOW)
  expect(queryClient.getQueryCache().getAll().length).toBeGreaterThan(0)

  await user.click(await within(screen.getByRole('banner')).findByRole('button', { name: 'Sign out' }, SLOW))
  expect(navigation.assign).toHaveBeenCalledWith('/sso/logout')
  expect(loadDraft('new', owner)).toBeNull()
  expect(loadDraft('c-1', owner)).toBeNull()
  expect(window.sessionStorage.getItem('unrelated')).toBe('kept')
  expect(
    queryClient
      .getQueryCache()
      .getAll()
      .filter((query) => query.state.data !== undefined),
  ).toEqual([])
  // A form's "write the draft when the page is left" runs on pagehide, after the click: cleared again.
  saveDraft('new', { owner, values: { first_name: 'Ada' }, base: {}, basedOn: null })
  window.dispatchEvent(new Event('pagehide'))
  expect(loadDraft('new', owner)).toBeNull()
})

test('without logoutUrl there is no sign-out button', async () => {
  renderApp('/contacts')
  await screen.findAllByRole('row', {}, SLOW)
  expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument()
})

const ALLOWED_LOCAL_KEYS = [
  /^kanbert-contacts\.language$/,
  /^kanbert-contacts\.color-mode/,
  /^kanbert-contacts\.list/,
]

test('a working session leaves only UI preferences in localStorage: no token, no contact data', async () => {
  const contact = activeContact()
  const { user } = renderApp(`/contacts?q=${encodeURIComponent(contact.last_name)}`, {
    config: { loginUrl: '/sso/login?rd={returnTo}', logoutUrl: '/sso/logout' },
  })
  await user.click(
    (await screen.findAllByRole('link', { name: new RegExp(contact.last_name) }, SLOW))[0] ?? document.body,
  )
  await user.click(await screen.findByRole('link', { name: 'Edit' }, SLOW))
  const firstName = await screen.findByRole('textbox', { name: 'First name' }, SLOW)
  await user.clear(firstName)
  await user.type(firstName, 'Theodora')
  await user.click(screen.getByRole('button', { name: /^Color theme/ }))
  await user.click(await screen.findByRole('menuitemradio', { name: 'Dark' }))
  await user.click(screen.getByRole('button', { name: /^Language/ }))
  await user.click(await screen.findByRole('menuitemradio', { name: 'Deutsch' }))
  await vi.waitFor(() => expect(loadDraft(contact.id, signedInUserId())).not.toBeNull())

  const keys = Object.keys(window.localStorage)
  expect(keys.length).toBeGreaterThan(0)
  for (const key of keys)
    expect(
      ALLOWED_LOCAL_KEYS.some((allowed) => allowed.test(key)),
      key,
    ).toBe(true)
  const everything = keys.map((key) => window.localStorage.getItem(key) ?? '').join('\n')
  for (const secret of ['Theodora', contact.last_name, contact.id, 'Bearer', 'token'])
    expect(everything).not.toContain(secret)
})
