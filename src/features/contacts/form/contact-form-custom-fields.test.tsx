import { screen, within } from '@testing-library/react'
import { serveContactCustomFields, storedContact } from '../../../../test/emulator-server'
import { expectPath, openEditForm, saveButton, seededContact } from './form-test-helpers'

// The whole form (about 40 inputs, date pickers) renders in jsdom; on a busy machine that takes seconds.
vi.setConfig({ testTimeout: 60_000 })
beforeEach(() => window.sessionStorage.clear())

test('each custom field gets the input of its kind, new keys included', async () => {
  serveContactCustomFields({ mystery_key: null, discount_rate: 2.5, vip: true })
  const contact = seededContact()
  await openEditForm(contact.id)

  expect(screen.getByRole('textbox', { name: 'Mandatsnummer' })).toBeInTheDocument() // text
  expect(screen.getByRole('combobox', { name: 'Lead-Quelle' })).toBeInTheDocument() // select: its options
  expect(screen.getByRole('switch', { name: 'Newsletter' })).toBeInTheDocument() // boolean
  expect(screen.getByRole('switch', { name: 'vip' })).toBeChecked() // boolean, inferred
  expect(screen.getByLabelText('Mitarbeiterzahl')).toHaveAttribute('inputmode', 'numeric') // integer
  expect(screen.getByLabelText('discount_rate')).toHaveAttribute('inputmode', 'decimal') // number, inferred
  expect(screen.getByRole('group', { name: 'Kunde seit' })).toBeInTheDocument() // date
  expect(screen.getByRole('combobox', { name: 'Interessen' })).toBeInTheDocument() // list: chips
  expect(screen.getByLabelText('Interne Notiz').tagName).toBe('TEXTAREA') // multi-line text
  expect(screen.getByLabelText('mystery_key')).toHaveAccessibleDescription('Type unknown, saved as text') // unknown
})

test('integer fields reject 1.5 and words, accept whole numbers and store them as numbers', async () => {
  const contact = seededContact()
  const { user, router } = await openEditForm(contact.id)
  const employees = screen.getByLabelText('Mitarbeiterzahl')
  await user.clear(employees)
  await user.type(employees, '1.5')
  await user.click(saveButton())
  expect(await screen.findByText('Enter a whole number, e.g. 42')).toBeInTheDocument()
  expect(employees).toHaveFocus()

  await user.clear(employees)
  await user.type(employees, 'abc')
  expect(screen.getByText('Enter a whole number, e.g. 42')).toBeInTheDocument()

  await user.clear(employees)
  await user.type(employees, '42')
  await user.click(saveButton())
  await expectPath(router, `/contacts/${contact.id}`)
  expect(storedContact(contact.id).custom_fields.employee_count).toBe(42)
})

test('decimal fields reject words; switches and chips save typed values', async () => {
  serveContactCustomFields({ discount_rate: 2.5 })
  const contact = seededContact((c) => c.custom_fields.newsletter === false)
  const { user, router } = await openEditForm(contact.id)
  const rate = screen.getByLabelText('discount_rate')
  await user.clear(rate)
  await user.type(rate, 'abc')
  await user.click(saveButton())
  expect(await screen.findByText('Enter a number, e.g. 1.5')).toBeInTheDocument()
  await user.clear(rate)
  await user.type(rate, '2,75')

  await user.click(screen.getByRole('switch', { name: 'Newsletter' }))
  const before = Array.isArray(contact.custom_fields.interests) ? contact.custom_fields.interests : []
  const added =
    ['Lohn', 'Bilanz', 'Steuerplanung', 'Nachfolge'].find((option) => !before.includes(option)) ?? ''
  await user.type(screen.getByRole('combobox', { name: 'Interessen' }), `${added}{Enter}`)
  await user.click(saveButton())
  await expectPath(router, `/contacts/${contact.id}`)
  const stored = storedContact(contact.id).custom_fields
  expect(stored.newsletter).toBe(true)
  expect(stored.interests).toEqual([...before, added])
  // Untouched custom fields are not sent, so they keep exactly what was stored.
  expect(stored.mandate_number).toEqual(contact.custom_fields.mandate_number)
})

test('an odd stored value the user does not touch (2.5 in a whole-number field) is shown, kept and never blocks saving', async () => {
  // Older data, or another client: the server holds 2.5 although the field takes whole numbers.
  serveContactCustomFields({ employee_count: 2.5 })
  const contact = seededContact((c) => c.custom_fields.employee_count !== null)
  const { user, router } = await openEditForm(contact.id)
  expect(screen.getByLabelText('Mitarbeiterzahl')).toHaveValue('2.5')

  const title = screen.getByRole('textbox', { name: 'Title' })
  await user.clear(title)
  await user.type(title, 'Mag.')
  await user.click(saveButton())
  await expectPath(router, `/contacts/${contact.id}`)
  expect(storedContact(contact.id).title).toBe('Mag.')
  // Not sent: the stored value stays what it was.
  expect(storedContact(contact.id).custom_fields.employee_count).toBe(contact.custom_fields.employee_count)
})

test('an odd stored value is explained; once changed, it is checked like any other', async () => {
  serveContactCustomFields({ employee_count: 2.5 })
  const contact = seededContact((c) => c.custom_fields.employee_count !== null)
  const { user } = await openEditForm(contact.id)
  const employees = screen.getByLabelText('Mitarbeiterzahl')
  expect(employees).toHaveAccessibleDescription(
    'Stored like this, not a whole number: kept unless you change it',
  )
  await user.clear(employees)
  await user.type(employees, '3.5')
  await user.click(saveButton())
  expect(await screen.findByText('Enter a whole number, e.g. 42')).toBeInTheDocument()
})

test('a select field opens with all its options, the current one marked, and saves the one picked', async () => {
  const options = ['Website', 'Empfehlung', 'Messe', 'Kaltakquise', 'Bestandsmandant']
  const contact = seededContact((c) => typeof c.custom_fields.lead_source === 'string')
  const current = String(contact.custom_fields.lead_source)
  const { user, router } = await openEditForm(contact.id)
  const select = screen.getByRole('combobox', { name: 'Lead-Quelle' })
  expect(select).toHaveValue(current)

  await user.click(select)
  const listbox = await screen.findByRole('listbox')
  const shown = within(listbox).getAllByRole('option')
  expect(shown.map((option) => option.textContent)).toEqual(options)
  expect(within(listbox).getByRole('option', { name: current })).toHaveAttribute('aria-selected', 'true')

  const other = options.find((option) => option !== current) ?? ''
  await user.click(within(listbox).getByRole('option', { name: other }))
  expect(select).toHaveValue(other)
  await user.click(saveButton())
  await expectPath(router, `/contacts/${contact.id}`)
  expect(storedContact(contact.id).custom_fields.lead_source).toBe(other)
})
