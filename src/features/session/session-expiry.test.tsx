// eslint-disable-next-line testing-library/no-manual-cleanup -- a second app in one test (see below)
import { act, cleanup, screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react'
import { renderApp } from '../../../test/render'
import { UPDATE_METHOD } from '../../contract/kanbert-contract'
import { getEmulator } from '../../../test/emulator-server'
import { loadDraft } from '../contacts/form/draft-storage'
import {
  activeContact,
  recordRequests,
  signedInUserId,
  signInAsAnotherUser,
  useProductionRetries,
  watchPageNavigation,
} from './session-test-helpers'

const LOGIN = { loginUrl: '/sso/login?rd={returnTo}' }
const SLOW = { timeout: 20_000 }

// Whole-app renders with lazy routes are slow on a busy two-core machine.
vi.setConfig({ testTimeout: 90_000 })

async function expiredDialog() {
  return screen.findByRole('dialog', { name: 'Your session has expired' }, SLOW)
}

/** Types "Theodora" as first name, and the save meets a 401: the draft is kept for after the login. */
async function typeThenExpireOnSave() {
  const contact = activeContact()
  const editPath = `/contacts/${contact.id}/edit`
  const view = renderApp(editPath, { config: LOGIN })
  await screen.findByRole('form', { name: /^Edit / }, SLOW)
  const firstName = screen.getByRole('textbox', { name: 'First name' })
  await view.user.clear(firstName)
  await view.user.type(firstName, 'Theodora')
  getEmulator().faults.inject({ kind: 401, count: 3 })
  await view.user.click(screen.getByRole('button', { name: 'Save' }))
  const dialog = await expiredDialog()
  expect(loadDraft(contact.id, signedInUserId())?.values).toMatchObject({ first_name: 'Theodora' })
  return { contact, editPath, view, dialog }
}

test('a 401 while loading the list asks to sign in again and comes back to the same list', async () => {
  const navigation = watchPageNavigation()
  getEmulator().faults.inject({ kind: 401, method: 'GET', path: '/contacts' })
  const { user } = renderApp('/contacts?sort=-last_name', { config: LOGIN })

  const dialog = await expiredDialog()
  expect(dialog).toHaveTextContent('Anything you have typed is kept.')
  await user.click(within(dialog).getByRole('button', { name: 'Sign in again' }))
  expect(navigation.assign).toHaveBeenCalledWith(
    `/sso/login?rd=${encodeURIComponent('/contacts?sort=-last_name')}`,
  )
})

test('an API call answered by the login page (HTML) counts as expiry; without loginUrl it reloads', async () => {
  const navigation = watchPageNavigation()
  getEmulator().faults.inject({ kind: 'login-redirect', method: 'GET', path: '/contacts' })
  const { user } = renderApp('/contacts')

  await user.click(within(await expiredDialog()).getByRole('button', { name: 'Sign in again' }))
  expect(navigation.reload).toHaveBeenCalledTimes(1)
  expect(navigation.assign).not.toHaveBeenCalled()
})

test('queries pause while the session is expired: data stays, no request reaches the proxy', async () => {
  const contact = activeContact()
  const { queryClient } = renderApp(`/contacts?q=${encodeURIComponent(contact.last_name)}`, { config: LOGIN })
  useProductionRetries(queryClient)
  const name = new RegExp(contact.last_name)
  await screen.findAllByRole('link', { name }, SLOW)

  getEmulator().faults.inject({ kind: 401, count: 5 })
  const requests = recordRequests()
  await act(async () => {
    await queryClient.invalidateQueries()
  })
  await expiredDialog()
  const sentWhileExpiring = requests.length
  expect(sentWhileExpiring).toBeGreaterThan(0)

  // Focus, reconnect and explicit invalidation would all refetch; none may reach the network now.
  await act(async () => {
    window.dispatchEvent(new Event('focus'))
    void queryClient.invalidateQueries()
    await new Promise((resolve) => setTimeout(resolve, 300))
  })
  expect(requests).toHaveLength(sentWhileExpiring)
  expect(screen.getAllByRole('link', { name, hidden: true }).length).toBeGreaterThan(0)
  expect(screen.queryByText(/Could not|went wrong/, { ignore: 'script, style' })).not.toBeInTheDocument()
})

test('a 401 during a save keeps the typed text as a draft, and after signing in it is restored', async () => {
  const navigation = watchPageNavigation()
  const { contact, editPath, view, dialog } = await typeThenExpireOnSave()

  // "Not now": the banner keeps the way back; a second save is refused without a request.
  await view.user.click(within(dialog).getByRole('button', { name: 'Not now' }))
  await waitForElementToBeRemoved(dialog)
  expect(await screen.findByText(/Your session has expired\. Sign in again/)).toBeInTheDocument()
  const requests = recordRequests()
  await view.user.click(screen.getByRole('button', { name: 'Save' }))
  await expiredDialog()
  expect(requests.filter((request) => request.startsWith(UPDATE_METHOD))).toEqual([])

  await view.user.click(screen.getByRole('button', { name: 'Sign in again' }))
  expect(navigation.assign).toHaveBeenCalledWith(`/sso/login?rd=${encodeURIComponent(editPath)}`)
  expect(
    getEmulator()
      .getState()
      .contacts.find((c) => c.id === contact.id)?.first_name,
  ).toBe(contact.first_name)

  // The login brings the user back to the same address: a fresh app with the draft restored.
  getEmulator().faults.clear()
  cleanup() // a second app in one test: the page load after the login
  renderApp(editPath, { config: LOGIN })
  await screen.findByRole('form', { name: /^Edit / }, SLOW)
  expect(screen.getByRole('textbox', { name: 'First name' })).toHaveValue('Theodora')
  expect(screen.getByText(/Restored your unsaved changes/)).toBeInTheDocument()
})

test('a draft kept through an expiry is not shown to another user who signs in on the same tab, and is deleted', async () => {
  const { contact, editPath } = await typeThenExpireOnSave()

  // The login is done by a colleague: the next page load's whoami names them.
  getEmulator().faults.clear()
  cleanup()
  const colleague = signInAsAnotherUser()
  renderApp(editPath, { config: LOGIN })
  await screen.findByRole('form', { name: /^Edit / }, SLOW)
  expect(screen.getByRole('textbox', { name: 'First name' })).toHaveValue(contact.first_name)
  expect(screen.queryByText(/Restored your unsaved changes/)).not.toBeInTheDocument()
  expect(loadDraft(contact.id, colleague.id)).toBeNull()
  expect(Object.keys(window.sessionStorage).filter((key) => key.includes('draft'))).toEqual([])
})

test("when whoami names another user, that user's app deletes every draft it did not type, unopened", async () => {
  const contact = activeContact()
  const view = renderApp(`/contacts/${contact.id}/edit`, { config: LOGIN })
  await screen.findByRole('form', { name: /^Edit / }, SLOW)
  await view.user.type(screen.getByRole('textbox', { name: 'First name' }), 'x')
  // Testing Library's waitFor: the form's debounced duplicate check updates while it waits.
  await waitFor(() => expect(loadDraft(contact.id, signedInUserId())).not.toBeNull())

  cleanup()
  const colleague = signInAsAnotherUser()
  // A page without the list: its lazily drawn flags would still be arriving when the test ends.
  renderApp('/contacts/new', { config: LOGIN })
  await screen.findByRole('form', { name: 'New contact' }, SLOW)
  await screen.findByText(colleague.name, {}, SLOW) // the app bar shows who is signed in
  expect(Object.keys(window.sessionStorage).filter((key) => key.includes('draft'))).toEqual([])
})
