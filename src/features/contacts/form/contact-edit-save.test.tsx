import { screen } from '@testing-library/react'
import { getEmulator, storedContact } from '../../../../test/emulator-server'
import { colleagueChanges, expectPath, openEditForm, saveButton, seededContact } from './form-test-helpers'

// The whole form (about 40 inputs, date pickers) renders in jsdom; on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 })
beforeEach(() => window.sessionStorage.clear())

test('saving sends only the changed field and goes to the detail page', async () => {
  const contact = seededContact((c) => c.email !== null && c.companies.length > 0 && c.mobile !== null)
  const before = storedContact(contact.id)
  const { user, router } = await openEditForm(contact.id)
  expect(saveButton()).toBeDisabled()

  const email = screen.getByLabelText('Email')
  await user.clear(email)
  await user.type(email, '  new.address@example.org  ')
  await user.click(saveButton())

  await expectPath(router, `/contacts/${contact.id}`)
  expect(await screen.findByText(/^Saved /)).toBeInTheDocument()
  const after = storedContact(contact.id)
  expect(after.email).toBe('new.address@example.org')
  expect({ ...after, email: before.email, updated_at: before.updated_at }).toEqual(before)
})

test("a colleague's change to another field survives my save (conflict dialog, no overlap)", async () => {
  const contact = seededContact((c) => c.email !== null && c.mobile !== null)
  const { user, router } = await openEditForm(contact.id)
  await colleagueChanges(contact.id, { mobile: '+49 170 1111111' })

  const email = screen.getByLabelText('Email')
  await user.clear(email)
  await user.type(email, 'mine@example.org')
  await user.click(saveButton())

  const dialog = await screen.findByRole('dialog', { name: 'Someone else changed this contact' })
  expect(dialog).toHaveTextContent('You changed different fields')
  expect(dialog).toHaveTextContent('Mobile: +49 170 1111111')
  expect(storedContact(contact.id).email).toBe(contact.email) // nothing saved before confirming
  await user.click(screen.getByRole('button', { name: 'Save' }))

  await expectPath(router, `/contacts/${contact.id}`)
  const after = storedContact(contact.id)
  expect(after.email).toBe('mine@example.org')
  expect(after.mobile).toBe('+49 170 1111111')
})

test('both changed the same field: the user picks per field, and "theirs" is kept', async () => {
  const contact = seededContact((c) => c.address_town !== null && c.email !== null)
  const { user, router } = await openEditForm(contact.id)
  await colleagueChanges(contact.id, { address_town: 'Their Town', email: 'their@example.org' })

  await user.clear(screen.getByLabelText('Town'))
  await user.type(screen.getByLabelText('Town'), 'My Town')
  await user.clear(screen.getByLabelText('Email'))
  await user.type(screen.getByLabelText('Email'), 'mine@example.org')
  await user.click(saveButton())

  await screen.findByRole('dialog', { name: 'Someone else changed this contact' })
  const town = screen.getByRole('radiogroup', { name: 'Town' })
  expect(town).toHaveTextContent('Their value')
  expect(town).toHaveTextContent('Their Town')
  expect(town).toHaveTextContent('My Town')
  await user.click(screen.getByRole('radio', { name: /Their value\s*Their Town/ }))
  await user.click(screen.getByRole('button', { name: 'Save' }))

  await expectPath(router, `/contacts/${contact.id}`)
  const after = storedContact(contact.id)
  expect(after.address_town).toBe('Their Town')
  expect(after.email).toBe('mine@example.org')
})

test('"Back to the form" in the conflict dialog saves nothing and keeps the input', async () => {
  const contact = seededContact((c) => c.email !== null)
  const { user } = await openEditForm(contact.id)
  await colleagueChanges(contact.id, { email: 'their@example.org' })
  await user.clear(screen.getByLabelText('Email'))
  await user.type(screen.getByLabelText('Email'), 'mine@example.org')
  await user.click(saveButton())
  await user.click(await screen.findByRole('button', { name: 'Back to the form' }))

  expect(screen.getByLabelText('Email')).toHaveValue('mine@example.org')
  expect(storedContact(contact.id).email).toBe('their@example.org')
})

test('Ctrl+S saves; with nothing changed it says so', async () => {
  const contact = seededContact((c) => c.address_town !== null)
  const { user, router } = await openEditForm(contact.id)
  await user.keyboard('{Control>}s{/Control}')
  expect(await screen.findByText('Nothing to save')).toBeInTheDocument()

  await user.clear(screen.getByLabelText('Town'))
  await user.type(screen.getByLabelText('Town'), 'Kiel')
  await user.keyboard('{Control>}s{/Control}')
  await expectPath(router, `/contacts/${contact.id}`)
  expect(storedContact(contact.id).address_town).toBe('Kiel')
})

test('an invalid email is not sent and the message says how to fix it', async () => {
  const contact = seededContact((c) => c.email !== null)
  const { user } = await openEditForm(contact.id)
  const email = screen.getByLabelText('Email')
  await user.clear(email)
  await user.type(email, 'not-an-address')
  await user.click(saveButton())

  expect(await screen.findByText('Enter a valid email address, e.g. name@example.com')).toBeInTheDocument()
  expect(email).toHaveFocus()
  expect(storedContact(contact.id).email).toBe(contact.email)
})

test('both names empty: both fields say a first or last name is needed', async () => {
  const contact = seededContact()
  const { user } = await openEditForm(contact.id)
  await user.clear(screen.getByLabelText('First name'))
  await user.clear(screen.getByLabelText('Last name'))
  await user.click(saveButton())

  expect(await screen.findAllByText('Enter a first name or a last name')).toHaveLength(2)
  expect(storedContact(contact.id).first_name).toBe(contact.first_name)
})

test('emptying a field stores null, not an empty string', async () => {
  const contact = seededContact((c) => c.address_town !== null)
  const { user, router } = await openEditForm(contact.id)
  await user.clear(screen.getByLabelText('Town'))
  await user.click(saveButton())
  await expectPath(router, `/contacts/${contact.id}`)
  expect(storedContact(contact.id).address_town).toBeNull()
  expect(getEmulator().getState().contacts).toHaveLength(300)
})
