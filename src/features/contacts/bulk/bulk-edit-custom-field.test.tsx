import { configure, screen, within } from '@testing-library/react'
import { renderApp } from '../../../../test/render'
import type { ContactRecord } from '../../../emulator/core/types'
import { contactFullName } from '../shared/contact-names'
import { contactRows, rowContact } from '../list/list-test-utils'
import { editSelected, recordUpdates, stored } from './bulk-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 90_000 })

const name = (contact: ContactRecord | undefined) => (contact ? (contactFullName(contact) ?? '') : '')

test('bulk edit sets a number custom field through its number input: one-field writes, preview, report, Undo', async () => {
  const { user } = renderApp('/contacts?size=30')
  const rows = await contactRows()
  const count = (row: HTMLElement) => rowContact(row).custom_fields.employee_count
  const sameRow = rows.find((row) => typeof count(row) === 'number')
  if (!sameRow) throw new Error('need a contact with an employee count')
  const value = count(sameRow)
  const others = rows.filter((row) => row !== sameRow && count(row) !== value).slice(0, 3)
  const picked = [sameRow, ...others]
  const targets = picked.map(rowContact)
  const writes = recordUpdates()

  const dialog = await editSelected(user, picked)
  await user.selectOptions(
    within(dialog).getByRole('combobox', { name: 'Field' }),
    'Custom field: Mitarbeiterzahl',
  )
  const input = within(dialog).getByLabelText('Mitarbeiterzahl')
  expect(input).toHaveAttribute('inputmode', 'numeric') // the form's input for whole numbers
  expect(within(dialog).getByRole('status')).toHaveTextContent('Choose a value first.')
  await user.type(input, String(value))
  expect(within(dialog).getByRole('status')).toHaveTextContent(
    '3 contacts will change. 1 already has this value and is left as it is.',
  )
  await user.click(within(dialog).getByRole('button', { name: 'Change 3 contacts' }))

  const result = await screen.findByRole('dialog', { name: 'Result' })
  expect(await within(result).findByText('3 changed, 1 unchanged, 0 failed')).toBeInTheDocument()
  expect(within(result).getByRole('list', { name: 'Already had this value:' })).toHaveTextContent(
    name(targets[0]),
  )
  const changedList = within(result).getByRole('list', { name: 'Changed:' })
  for (const contact of targets.slice(1)) expect(changedList).toHaveTextContent(name(contact))
  // Exactly one request per changed contact, carrying only that one field.
  expect(await writes.bodies()).toEqual(
    new Map(targets.slice(1).map((contact) => [contact.id, { custom_fields: { employee_count: value } }])),
  )
  expect(targets.map((contact) => stored(contact.id)?.custom_fields.employee_count)).toEqual(
    targets.map(() => value),
  )

  await user.click(within(result).getByRole('button', { name: 'Undo' }))
  const undone = await screen.findByRole('dialog', { name: 'Undo' })
  expect(await within(undone).findByText('3 contacts changed back')).toBeInTheDocument()
  expect(targets.map((contact) => stored(contact.id)?.custom_fields.employee_count)).toEqual(
    targets.map((contact) => contact.custom_fields.employee_count),
  )
})

test('bulk edit of a select custom field: its options to pick from, then Clear; contacts without a value are left alone', async () => {
  const { user } = renderApp('/contacts?size=30')
  const rows = await contactRows()
  const source = (row: HTMLElement) => rowContact(row).custom_fields.lead_source ?? null
  const filled = rows.filter((row) => source(row) !== null && source(row) !== 'Messe').slice(0, 2)
  const empty = rows.find((row) => source(row) === null)
  const messe = rows.find((row) => source(row) === 'Messe')
  if (filled.length < 2 || !empty || !messe) throw new Error('need rows with and without a lead source')
  const picked = [...filled, empty, messe]
  const targets = picked.map(rowContact)
  const emptyContact = rowContact(empty)
  const writes = recordUpdates()

  const dialog = await editSelected(user, picked)
  await user.selectOptions(
    within(dialog).getByRole('combobox', { name: 'Field' }),
    'Custom field: Lead-Quelle',
  )
  await user.click(within(dialog).getByRole('combobox', { name: 'Lead-Quelle' }))
  expect(
    within(await screen.findByRole('listbox'))
      .getAllByRole('option')
      .map((option) => option.textContent),
  ).toEqual(['Website', 'Empfehlung', 'Messe', 'Kaltakquise', 'Bestandsmandant'])
  await user.click(screen.getByRole('option', { name: 'Messe' }))
  expect(within(dialog).getByRole('status')).toHaveTextContent(
    '3 contacts will change. 1 already has this value and is left as it is.',
  )

  await user.click(within(dialog).getByRole('radio', { name: 'Clear' }))
  expect(within(dialog).queryByRole('combobox', { name: 'Lead-Quelle' })).not.toBeInTheDocument()
  expect(within(dialog).getByRole('status')).toHaveTextContent(
    '3 contacts will change. 1 already has this value and is left as it is.',
  )
  await user.click(within(dialog).getByRole('button', { name: 'Change 3 contacts' }))

  const result = await screen.findByRole('dialog', { name: 'Result' })
  expect(await within(result).findByText('3 changed, 1 unchanged, 0 failed')).toBeInTheDocument()
  expect(within(result).getByRole('list', { name: 'Already had this value:' })).toHaveTextContent(
    name(emptyContact),
  )
  const cleared = targets.filter((contact) => contact.id !== emptyContact.id)
  expect(await writes.bodies()).toEqual(
    new Map(cleared.map((contact) => [contact.id, { custom_fields: { lead_source: null } }])),
  )
  expect(targets.map((contact) => stored(contact.id)?.custom_fields.lead_source ?? null)).toEqual([
    null,
    null,
    null,
    null,
  ])
  // Other custom fields are untouched.
  expect(targets.map((contact) => stored(contact.id)?.custom_fields.employee_count)).toEqual(
    targets.map((contact) => contact.custom_fields.employee_count),
  )
})

test('bulk edit of a date custom field: its date input, a typed date previewed, and Clear', async () => {
  const { user } = renderApp('/contacts?size=10')
  const rows = (await contactRows()).slice(0, 3)
  const targets = rows.map(rowContact)
  const dialog = await editSelected(user, rows)
  await user.selectOptions(
    within(dialog).getByRole('combobox', { name: 'Field' }),
    'Custom field: Kunde seit',
  )
  const date = within(dialog).getByRole('group', { name: 'Kunde seit' })
  expect(within(dialog).getByRole('status')).toHaveTextContent('Choose a value first.')
  await user.click(within(date).getAllByRole('spinbutton')[0] ?? date)
  await user.keyboard('02012024')
  expect(within(dialog).getByRole('status')).toHaveTextContent('3 contacts will change.')

  await user.click(within(dialog).getByRole('radio', { name: 'Clear' }))
  const empty = targets.filter((contact) => (contact.custom_fields.customer_since ?? null) === null)
  expect(within(dialog).getByRole('status')).toHaveTextContent(
    `${String(3 - empty.length)} ${3 - empty.length === 1 ? 'contact will' : 'contacts will'} change.`,
  )
})
