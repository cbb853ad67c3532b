import { screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { getEmulator, server, storedContact, TEST_API_BASE_URL } from '../../../../test/emulator-server'
import { expectPath, openEditForm, saveButton, seededContact } from './form-test-helpers'

// The whole form (about 40 inputs, date pickers) renders in jsdom; on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 })
beforeEach(() => window.sessionStorage.clear())

async function changeTown(user: Awaited<ReturnType<typeof openEditForm>>['user'], town: string) {
  await user.clear(screen.getByLabelText('Town'))
  await user.type(screen.getByLabelText('Town'), town)
}

test('422: nested errors land on their fields, unknown keys in a form alert, focus on the first', async () => {
  const contact = seededContact((c) => c.companies.length > 0 && c.address_town !== null)
  const { user } = await openEditForm(contact.id)
  getEmulator().faults.inject({
    kind: 422,
    method: 'PUT',
    path: `/contacts/${contact.id}`,
    errors: {
      'custom_fields.mandate_number': ['The mandate number is already taken.'],
      'companies.0.position': ['The position may not be longer than 40 characters.'],
      legacy_flag: ['The legacy flag is locked.'],
    },
  })
  await changeTown(user, 'Lübeck')
  await user.click(saveButton())

  const mandate = await screen.findByLabelText('Mandatsnummer')
  expect(await screen.findByText('The mandate number is already taken.')).toBeInTheDocument()
  expect(mandate).toHaveAttribute('aria-invalid', 'true')
  const [position] = screen.getAllByLabelText(/^Position at /)
  expect(position).toHaveAttribute('aria-invalid', 'true')
  expect(screen.getByText('The position may not be longer than 40 characters.')).toBeInTheDocument()
  expect(position).toHaveFocus()
  const alerts = screen.getAllByRole('alert').map((alert) => alert.textContent)
  expect(alerts).toContainEqual(expect.stringContaining('The server did not accept these values:'))
  expect(alerts).toContainEqual(expect.stringContaining('legacy_flag: The legacy flag is locked.'))
  // Nothing lost, nothing stored.
  expect(screen.getByLabelText('Town')).toHaveValue('Lübeck')
  expect(storedContact(contact.id).address_town).toBe(contact.address_town)
})

test('a duplicate external id shows the server message at the field', async () => {
  const [first, second] = getEmulator()
    .getState()
    .contacts.filter((c) => c.deleted_at === null && c.external_id !== null)
  if (!first || !second) throw new Error('seed has too few contacts with an external id')
  const { user } = await openEditForm(first.id)
  const externalId = screen.getByLabelText('External ID')
  await user.clear(externalId)
  await user.type(externalId, second.external_id ?? '')
  await user.click(saveButton())

  expect(await screen.findByText(/external id has already been taken/i)).toBeInTheDocument()
  expect(externalId).toHaveAttribute('aria-invalid', 'true')
  expect(externalId).toHaveFocus()
})

test('403: says the user may not edit and disables Save', async () => {
  const contact = seededContact((c) => c.address_town !== null)
  const { user } = await openEditForm(contact.id)
  getEmulator().faults.inject({ kind: 403, method: 'PUT', path: `/contacts/${contact.id}` })
  await changeTown(user, 'Lübeck')
  await user.click(saveButton())

  expect(await screen.findByText(/You may not edit this contact/)).toBeInTheDocument()
  expect(saveButton()).toBeDisabled()
  expect(screen.getByLabelText('Town')).toHaveValue('Lübeck')
})

test('500: the form stays as typed and "Try again" saves', async () => {
  const contact = seededContact((c) => c.address_town !== null)
  const { user, router } = await openEditForm(contact.id)
  getEmulator().faults.inject({ kind: 500, method: 'PUT', path: `/contacts/${contact.id}` })
  await changeTown(user, 'Lübeck')
  await user.click(saveButton())

  expect(await screen.findByText(/problem on the server/)).toBeInTheDocument()
  expect(screen.getByLabelText('Town')).toHaveValue('Lübeck')
  await user.click(screen.getByRole('button', { name: 'Try again' }))
  await expectPath(router, `/contacts/${contact.id}`)
  expect(storedContact(contact.id).address_town).toBe('Lübeck')
})

test('429: counts down and saves by itself', async () => {
  const contact = seededContact((c) => c.address_town !== null)
  const { user, router } = await openEditForm(contact.id)
  getEmulator().faults.inject({
    kind: 429,
    method: 'PUT',
    path: `/contacts/${contact.id}`,
    retryAfterSeconds: 1,
  })
  await changeTown(user, 'Lübeck')
  await user.click(saveButton())

  expect(await screen.findByText('The server is busy. Saving again in 1 second…')).toBeInTheDocument()
  await expectPath(router, `/contacts/${contact.id}`)
  expect(storedContact(contact.id).address_town).toBe('Lübeck')
})

test('session expired: a calm message, and the draft is kept for after signing in', async () => {
  const contact = seededContact((c) => c.address_town !== null)
  const { user } = await openEditForm(contact.id)
  getEmulator().faults.inject({ kind: 401, method: 'PUT', path: `/contacts/${contact.id}` })
  await changeTown(user, 'Lübeck')
  await user.click(saveButton())

  expect(await screen.findByText(/Your changes are kept on this device/)).toBeInTheDocument()
  const stored = window.sessionStorage.getItem(`kanbert.draft.contact.${contact.id}`)
  expect(stored).toContain('Lübeck')
})

test('an unexpected refusal says so in our words; the server message is a short detail, also at a field', async () => {
  const contact = seededContact((c) => c.address_town !== null)
  const { user } = await openEditForm(contact.id)
  const serverMessage = `Conflict in row lock ${'0x7f3c '.repeat(200)}TAIL`
  server.use(
    http.put(
      `${TEST_API_BASE_URL}/contacts/${contact.id}`,
      () => HttpResponse.json({ message: serverMessage }, { status: 409 }),
      { once: true },
    ),
  )
  await changeTown(user, 'Lübeck')
  await user.click(saveButton())
  const alert = await screen.findByText('Saving failed. The server refused it (HTTP 409).')
  const detail = screen.getByText(/Details: HTTP 409: Conflict in row lock/)
  expect(alert).toBeInTheDocument()
  expect(detail.textContent).not.toContain('TAIL')
  expect(detail.textContent.split('Details: ')[1]?.length).toBeLessThanOrEqual(160)
  expect(screen.getByLabelText('Town')).toHaveValue('Lübeck')

  getEmulator().faults.inject({
    kind: 422,
    method: 'PUT',
    path: `/contacts/${contact.id}`,
    errors: { address_town: [`The town is invalid.\n${'x'.repeat(3000)}TAIL`] },
  })
  await user.click(saveButton())
  const fieldMessage = await screen.findByText(/^The town is invalid\. x+…$/)
  expect(fieldMessage.textContent.length).toBeLessThanOrEqual(160)
})
