/**
 * People are named, never shown as raw ids: user-type custom fields in the list, detail, edit form, filter
 * and CSV, and the owner and client filter chips, resolved by id through the lists the API offers.
 */
import { configure, screen, waitFor, within } from '@testing-library/react'
import { getEmulator, serveContactCustomFields, storedContact } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'
import { contactSchema } from '../../../api/schemas/contact'
import { contactCsvRow } from '../export/contact-csv'
import { openEditForm, saveButton, expectPath } from '../form/form-test-helpers'
import { LIST_PREFERENCES_KEY } from '../list/use-list-preferences'
import { contactRows } from '../list/list-test-utils'
import type { CustomFieldInfo } from './custom-field-kinds'
import { userNameResolver } from './user-names'

configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })
beforeEach(() => {
  window.localStorage.clear()
  window.sessionStorage.clear()
})

const state = () => getEmulator().getState()
const fullName = (user: { first_name: string; last_name: string }) => `${user.first_name} ${user.last_name}`

function userById(id: string) {
  const user = state().users.find((candidate) => candidate.id === id)
  if (!user) throw new Error(`no user ${id}`)
  return user
}

/** A seeded active contact whose account manager is a user (the id is what the API stores). */
function contactWithManager() {
  const contact = state().contacts.find(
    (candidate) =>
      candidate.deleted_at === null &&
      candidate.first_name !== null &&
      candidate.last_name !== null &&
      typeof candidate.custom_fields.account_manager === 'string',
  )
  if (!contact || typeof contact.custom_fields.account_manager !== 'string')
    throw new Error('no seeded contact has an account manager')
  return { contact, manager: userById(contact.custom_fields.account_manager) }
}

test('the list column of a user field shows the person, not the id', async () => {
  window.localStorage.setItem(
    LIST_PREFERENCES_KEY,
    JSON.stringify({ visibility: { 'cf:account_manager': true }, density: 'standard' }),
  )
  renderApp('/contacts?size=30')
  await contactRows()
  // A custom field's column comes with the field definitions, which may answer after the rows.
  const header = await screen.findByRole('columnheader', { name: /Betreuer:in/ })
  const column = screen.getAllByRole('columnheader').indexOf(header)
  const names = state().users.map(fullName)
  await waitFor(async () => {
    const rows = await contactRows()
    const shown = rows.map((row) => within(row).getAllByRole('cell')[column]?.textContent ?? '')
    expect(shown.some((text) => names.includes(text))).toBe(true)
    expect(shown.filter((text) => text !== '' && !names.includes(text))).toEqual([])
  })
})

test('the detail shows the person of a user field', async () => {
  const { contact, manager } = contactWithManager()
  renderApp(`/contacts/${contact.id}`)
  expect(await screen.findByText(fullName(manager))).toBeInTheDocument()
  expect(screen.queryByText(manager.id)).not.toBeInTheDocument()
})

test('an id no user has reads "Unknown user (…)", never blank', async () => {
  const { contact } = contactWithManager()
  serveContactCustomFields({ account_manager: 'u-99' })
  renderApp(`/contacts/${contact.id}`)
  expect(await screen.findByText('Unknown user (u-99)')).toBeInTheDocument()
  expect(screen.queryByText('u-99')).not.toBeInTheDocument()
})

test('edit offers a person picker for a user field and stores the picked user id', async () => {
  const { contact, manager } = contactWithManager()
  const { user, router } = await openEditForm(contact.id)
  const picker = screen.getByRole('combobox', { name: 'Betreuer:in' })
  await waitFor(() => expect(picker).toHaveValue(fullName(manager)))

  const other = state().users.find((candidate) => candidate.id !== manager.id && candidate.type === 'user')
  if (!other) throw new Error('no other user')
  await user.clear(picker)
  await user.type(picker, other.last_name)
  await user.click(await screen.findByRole('option', { name: new RegExp(fullName(other)) }))
  expect(picker).toHaveValue(fullName(other))
  await user.click(saveButton())
  await expectPath(router, `/contacts/${contact.id}`)
  expect(storedContact(contact.id).custom_fields.account_manager).toBe(other.id)
})

test('the filter for a user field picks a person, and its chip names them', async () => {
  const { manager } = contactWithManager()
  const { user, router } = renderApp('/contacts?size=10')
  await contactRows()
  await user.click(screen.getByRole('button', { name: 'Filter' }))
  const dialog = await screen.findByRole('dialog', { name: 'Add filter' })
  await user.click(within(dialog).getByRole('combobox', { name: 'Field' }))
  await user.click(await screen.findByRole('option', { name: 'Betreuer:in' }))
  await user.type(within(dialog).getByRole('combobox', { name: 'Value' }), manager.last_name)
  await user.click(await screen.findByRole('option', { name: new RegExp(fullName(manager)) }))
  await user.click(within(dialog).getByRole('button', { name: 'Add filter' }))
  await waitFor(() =>
    expect(new URLSearchParams(router.state.location.search).getAll('f')).toEqual([
      `custom_fields.account_manager:eq:"${manager.id}"`,
    ]),
  )
  expect(
    await screen.findByRole('button', { name: `Edit filter: Betreuer:in is ${fullName(manager)}` }),
  ).toBeInTheDocument()
})

test('the CSV writes the person of a user field, and "Unknown user (…)" for an id no user has', async () => {
  const { contact: stored, manager } = contactWithManager()
  const answer = await getEmulator().handle({
    method: 'GET',
    path: `/contacts/${stored.id}`,
    query: new URLSearchParams(),
    body: undefined,
  })
  const contact = contactSchema.parse(JSON.parse(answer.body ?? '{}'))
  const field: CustomFieldInfo = {
    alias: 'account_manager',
    title: 'Betreuer:in',
    kind: 'user',
    options: null,
  }
  const users = state().users.map((record) => ({
    id: record.id,
    first_name: record.first_name,
    last_name: record.last_name,
    email: record.email,
    type: record.type,
    space: { id: record.space_id, name: '' },
  }))
  const userName = userNameResolver(users, (id) => `Unknown user (${id})`)
  const texts = { language: 'en', yes: 'Yes', no: 'No' }
  expect(contactCsvRow(contact, [field], texts, userName).at(-1)).toBe(fullName(manager))
  const unknown = { ...contact, custom_fields: { account_manager: 'u-99' } }
  expect(contactCsvRow(unknown, [field], texts, userName).at(-1)).toBe('Unknown user (u-99)')
})

test('owner and client chips name the person and client by id, whatever rows are on screen', async () => {
  const byName = (a: string, b: string) => a.localeCompare(b, 'de')
  // The last by name: beyond any first page of a name search, and (with "is not") owning no row shown.
  const owner = [...state().users].sort((a, b) => byName(fullName(a), fullName(b))).at(-1)
  const client = [...state().clients].sort((a, b) => byName(a.name, b.name)).at(-1)
  if (!owner || !client) throw new Error('no users or clients')
  renderApp(`/contacts?size=10&f=owner.id:ne:"${owner.id}"&f=client.id:ne:"${client.id}"`)
  await contactRows()
  expect(
    await screen.findByRole('button', { name: `Edit filter: Owner is not ${fullName(owner)}` }),
  ).toBeInTheDocument()
  expect(
    await screen.findByRole('button', { name: `Edit filter: Client is not ${client.name}` }),
  ).toBeInTheDocument()
})
