import { screen, waitForElementToBeRemoved, within } from '@testing-library/react'
import { renderApp } from '../../../test/render'
import { UPDATE_METHOD } from '../../contract/kanbert-contract'
import { getEmulator } from '../../../test/emulator-server'
import { activeContact, recordRequests, signedInUserName } from './session-test-helpers'

const SLOW = { timeout: 20_000 }
vi.setConfig({ testTimeout: 90_000 })

test('a 403 on the list says "no access" with the signed-in user and offers sign-out', async () => {
  getEmulator().faults.inject({ kind: 403, method: 'GET', path: '/contacts' })
  renderApp('/contacts', { config: { logoutUrl: '/sso/logout' } })

  expect(
    await screen.findByRole('heading', { level: 1, name: "You don't have access to contacts" }, SLOW),
  ).toBeInTheDocument()
  expect(
    await screen.findByText(
      `You are signed in as ${signedInUserName()}, but this account may not view Kanbert contacts.`,
    ),
  ).toBeInTheDocument()
  expect(within(screen.getByRole('main')).getByRole('button', { name: 'Sign out' })).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Try again' })).not.toBeInTheDocument()
})

test('a 403 on a contact page shows the same panel, without sign-out when none is configured', async () => {
  const contact = activeContact()
  getEmulator().faults.inject({ kind: 403, method: 'GET', path: `/contacts/${contact.id}` })
  renderApp(`/contacts/${contact.id}`)

  expect(
    await screen.findByRole('heading', { level: 1, name: "You don't have access to contacts" }, SLOW),
  ).toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Sign out' })).not.toBeInTheDocument()
})

test('a 403 on archiving turns archiving off for the session, with an explanation', async () => {
  const contact = activeContact()
  const { user } = renderApp(`/contacts/${contact.id}`)
  await user.click(await screen.findByRole('button', { name: 'Archive' }, SLOW))
  getEmulator().faults.inject({ kind: 403, method: 'DELETE' })
  const dialog = await screen.findByRole('dialog')
  await user.click(within(dialog).getByRole('button', { name: 'Archive' }))
  await waitForElementToBeRemoved(dialog)

  expect(await screen.findByText(/Archiving is turned off/)).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Archive' })).toBeDisabled()
  // Editing was never refused, so it stays available.
  expect(screen.getByRole('link', { name: 'Edit' })).not.toHaveAttribute('aria-disabled')
  expect(
    getEmulator()
      .getState()
      .contacts.find((c) => c.id === contact.id)?.deleted_at,
  ).toBeNull()
})

test('a 403 on saving makes the form read-only instead of failing again and again', async () => {
  const contact = activeContact()
  const { user } = renderApp(`/contacts/${contact.id}/edit`)
  await screen.findByRole('form', { name: /^Edit / }, SLOW)
  const firstName = screen.getByRole('textbox', { name: 'First name' })
  await user.clear(firstName)
  await user.type(firstName, 'Theodora')
  getEmulator().faults.inject({ kind: 403, method: UPDATE_METHOD })
  await user.click(screen.getByRole('button', { name: 'Save' }))

  expect(await screen.findByText(/You may not edit this contact/)).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled()
  expect(firstName).toHaveValue('Theodora')
  // Back on the contact, Edit is off for the rest of the session and says why.
  const requests = recordRequests()
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  const leave = await screen.findByRole('dialog')
  await user.click(within(leave).getByRole('button', { name: 'Discard changes' }))
  expect(await screen.findByText(/Editing is turned off/, {}, SLOW)).toBeInTheDocument()
  expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('aria-disabled', 'true')
  expect(requests.filter((request) => request.startsWith(UPDATE_METHOD))).toEqual([])
})
