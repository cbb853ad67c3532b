// eslint-disable-next-line testing-library/no-manual-cleanup -- the draft test unmounts the app as a reload would
import { act, cleanup, screen, waitFor } from '@testing-library/react'
import { getEmulator } from '../../../../test/emulator-server'
import { contactQueries } from '../api/contact-queries'
import { expectPath, openEditForm, seededContact } from './form-test-helpers'

// The whole form (about 40 inputs, date pickers) renders in jsdom; on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 })
beforeEach(() => window.sessionStorage.clear())

const draftKey = (id: string) => `kanbert.draft.contact.${id}`

test('leaving with real changes asks first; "Keep editing" keeps them, "Discard changes" leaves', async () => {
  const contact = seededContact((c) => c.address_town !== null)
  const { user, router } = await openEditForm(contact.id)
  await user.clear(screen.getByLabelText('Town'))
  await user.type(screen.getByLabelText('Town'), 'Lübeck')

  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  expect(await screen.findByRole('dialog', { name: 'Leave without saving?' })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Keep editing' }))
  expect(router.state.location.pathname).toBe(`/contacts/${contact.id}/edit`)
  expect(screen.getByLabelText('Town')).toHaveValue('Lübeck')

  // The page is inert until the dialog has faded out.
  await user.click(await screen.findByRole('button', { name: 'Cancel' }, { timeout: 5000 }))
  await user.click(await screen.findByRole('button', { name: 'Discard changes' }))
  await expectPath(router, `/contacts/${contact.id}`)
  expect(window.sessionStorage.getItem(draftKey(contact.id))).toBeNull()
})

test('no prompt after undoing an edit, and the tab can close without a warning', async () => {
  const contact = seededContact((c) => c.address_town !== null)
  const { user, router } = await openEditForm(contact.id)
  const town = screen.getByLabelText('Town')
  await user.type(town, 'x')
  const dirtyUnload = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(dirtyUnload)
  expect(dirtyUnload.defaultPrevented).toBe(true)

  await user.type(town, '{Backspace}')
  const cleanUnload = new Event('beforeunload', { cancelable: true })
  window.dispatchEvent(cleanUnload)
  expect(cleanUnload.defaultPrevented).toBe(false)
  expect(screen.getByText('No changes')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Cancel' }))
  await expectPath(router, `/contacts/${contact.id}`)
  expect(screen.queryByRole('dialog', { name: 'Leave without saving?' })).not.toBeInTheDocument()
})

test('a draft survives a remount (reload) and can be discarded', async () => {
  const contact = seededContact((c) => c.address_town !== null)
  const { user } = await openEditForm(contact.id)
  await user.clear(screen.getByLabelText('Town'))
  await user.type(screen.getByLabelText('Town'), 'Lübeck')
  await waitFor(() => expect(window.sessionStorage.getItem(draftKey(contact.id))).toContain('Lübeck'), {
    timeout: 5000,
  })

  cleanup() // a reload: the app goes, sessionStorage stays
  const again = await openEditForm(contact.id)
  expect(screen.getByText(/Restored your unsaved changes/)).toBeInTheDocument()
  expect(screen.getByLabelText('Town')).toHaveValue('Lübeck')
  expect(screen.getByText('Unsaved changes')).toBeInTheDocument()

  await again.user.click(screen.getByRole('button', { name: 'Discard draft' }))
  expect(screen.getByLabelText('Town')).toHaveValue(contact.address_town)
  expect(screen.queryByText(/Restored your unsaved changes/)).not.toBeInTheDocument()
  expect(window.sessionStorage.getItem(draftKey(contact.id))).toBeNull()
})

test('a failed background refetch keeps the form and what was typed', async () => {
  const contact = seededContact((c) => c.address_town !== null)
  const { user, queryClient } = await openEditForm(contact.id)
  await user.clear(screen.getByLabelText('Town'))
  await user.type(screen.getByLabelText('Town'), 'Lübeck')

  getEmulator().faults.inject({ kind: 500, method: 'GET', path: `/contacts/${contact.id}` })
  await act(() => queryClient.invalidateQueries({ queryKey: contactQueries.details() }))
  expect(
    await screen.findByText('Could not refresh the data. You are seeing the last loaded version.'),
  ).toBeInTheDocument()
  expect(screen.getByRole('form', { name: /^Edit / })).toBeInTheDocument()
  expect(screen.getByLabelText('Town')).toHaveValue('Lübeck')
})
