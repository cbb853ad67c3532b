import { configure, screen, waitFor, within } from '@testing-library/react'
import { getEmulator } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'
import { activeContacts, contactRows, storedContactsOnScreen } from './list-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

test('adds a filter from the panel as a chip and removes it again', async () => {
  const { user, router } = renderApp('/contacts?size=10')
  await contactRows()
  await user.click(await screen.findByRole('button', { name: 'Filter' }))
  const dialog = await screen.findByRole('dialog', { name: 'Add filter' })
  await user.click(within(dialog).getByRole('combobox', { name: 'Field' }))
  await user.click(await screen.findByRole('option', { name: 'Town' }))
  expect(within(dialog).getByRole('combobox', { name: 'Condition' })).toHaveTextContent('contains')
  await user.click(within(dialog).getByRole('button', { name: 'Add filter' }))
  expect(within(dialog).getByText('Enter a value')).toBeInTheDocument()
  await user.type(within(dialog).getByRole('textbox', { name: 'Value' }), 'münchen')
  await user.click(within(dialog).getByRole('button', { name: 'Add filter' }))

  await screen.findByRole('button', { name: 'Edit filter: Town contains “münchen”' })
  expect(new URLSearchParams(router.state.location.search).getAll('f')).toEqual([
    'address_town:contains:"münchen"',
  ])
  const expected = activeContacts().filter((contact) =>
    contact.address_town?.toLowerCase().includes('münchen'),
  )
  expect(expected.length).toBeGreaterThan(0)
  await waitFor(async () => {
    const shown = await storedContactsOnScreen()
    expect(shown.every((contact) => contact.address_town?.toLowerCase().includes('münchen'))).toBe(true)
    expect(shown).toHaveLength(Math.min(10, expected.length))
  })

  await user.click(screen.getByRole('img', { name: 'Remove filter: Town contains “münchen”' }))
  await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('f')).toEqual([]))
  expect(screen.queryByRole('button', { name: /Edit filter/ })).not.toBeInTheDocument()
})

test('clicking a chip opens its condition for editing; only the delete icon removes it', async () => {
  const { user, router } = renderApp(
    '/contacts?size=10&f=address_town:contains:"münchen"&f=last_name:contains:"er"',
  )
  await contactRows()
  const filters = () => new URLSearchParams(router.state.location.search).getAll('f')

  await user.click(await screen.findByRole('button', { name: 'Edit filter: Town contains “münchen”' }))
  const dialog = await screen.findByRole('dialog', { name: 'Edit filter' })
  expect(filters()).toEqual(['address_town:contains:"münchen"', 'last_name:contains:"er"'])
  expect(within(dialog).getByRole('combobox', { name: 'Field' })).toHaveTextContent('Town')
  expect(within(dialog).getByRole('combobox', { name: 'Condition' })).toHaveTextContent('contains')
  const value = within(dialog).getByRole('textbox', { name: 'Value' })
  expect(value).toHaveValue('münchen')
  await user.clear(value)
  await user.type(value, 'wien')
  await user.click(within(dialog).getByRole('button', { name: 'Apply' }))
  await waitFor(() => expect(filters()).toEqual(['address_town:contains:"wien"', 'last_name:contains:"er"']))
  expect(screen.queryByRole('dialog', { name: 'Edit filter' })).not.toBeInTheDocument()

  await user.click(screen.getByRole('img', { name: 'Remove filter: Last name contains “er”' }))
  await waitFor(() => expect(filters()).toEqual(['address_town:contains:"wien"']))

  await user.click(screen.getByRole('button', { name: 'Edit filter: Town contains “wien”' }))
  await user.click(
    within(await screen.findByRole('dialog', { name: 'Edit filter' })).getByRole('button', {
      name: 'Remove filter',
    }),
  )
  await waitFor(() => expect(filters()).toEqual([]))
})

test('shows archived contacts only when asked', async () => {
  const { user, router } = renderApp('/contacts?size=10')
  await contactRows()
  await user.selectOptions(screen.getByRole('combobox', { name: 'Show contacts' }), 'Archived')
  await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('archived')).toBe('only'))
  await waitFor(async () => {
    const shown = await storedContactsOnScreen()
    expect(shown.every((contact) => contact.deleted_at !== null)).toBe(true)
  })
  const rows = await contactRows()
  expect(within(rows[0] ?? document.body).getByText('Archived')).toBeInTheDocument()
})

test('names the condition the API refused and offers to remove it', async () => {
  const { user } = renderApp('/contacts?size=10&f=custom_fields.nope:eq:"x"')
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent(
    "The server refused the filter: Invalid filter: unknown field 'custom_fields.nope'",
  )
  expect(alert).toHaveTextContent('Unsupported condition: nope is “x”')
  await user.click(within(alert).getByRole('button', { name: 'Remove this condition' }))
  expect(await contactRows()).toHaveLength(10)
})

test('shows an empty state with a way to clear search and filters', async () => {
  const { user, router } = renderApp('/contacts?size=10&q=zzqxy')
  expect(await screen.findByText('No contacts match')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Clear search and filters' }))
  expect(await contactRows()).toHaveLength(10)
  expect(router.state.location.search).toBe('?size=10')
  expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('')
})

test('shows an error with retry when the list cannot be loaded, in our words with the server message only as a short detail', async () => {
  const serverMessage = `SQLSTATE[HY000]: General error\n${'at vendor/laravel/framework/src/Connection.php:742 '.repeat(60)}TAIL`
  getEmulator().faults.inject({ kind: 500, method: 'GET', path: '/contacts', message: serverMessage })
  const { user } = renderApp('/contacts?size=10')
  const alert = await screen.findByRole('alert')
  expect(alert).toHaveTextContent('The contacts could not be loaded')
  expect(alert).toHaveTextContent('The server failed (HTTP 500).')
  expect(alert).toHaveTextContent('Details: HTTP 500: SQLSTATE[HY000]: General error at vendor/')
  expect(alert).not.toHaveTextContent('TAIL')
  expect(alert.textContent.length).toBeLessThan(400)
  await user.click(within(alert).getByRole('button', { name: 'Try again' }))
  expect(await contactRows()).toHaveLength(10)
})

test('a whole-number custom field filters by whole numbers: "2,5" is refused, "3" is taken', async () => {
  const { user, router } = renderApp('/contacts?size=10')
  await contactRows()
  await user.click(await screen.findByRole('button', { name: 'Filter' }))
  const dialog = await screen.findByRole('dialog', { name: 'Add filter' })
  await user.click(within(dialog).getByRole('combobox', { name: 'Field' }))
  await user.click(await screen.findByRole('option', { name: 'Mitarbeiterzahl' }))
  const value = within(dialog).getByRole('textbox', { name: 'Value' })
  expect(value).toHaveAttribute('inputmode', 'numeric')
  await user.type(value, '2,5')
  await user.click(within(dialog).getByRole('button', { name: 'Add filter' }))
  expect(within(dialog).getByText('Enter a whole number')).toBeInTheDocument()

  await user.clear(value)
  await user.type(value, '3')
  await user.click(within(dialog).getByRole('button', { name: 'Add filter' }))
  await waitFor(() =>
    expect(new URLSearchParams(router.state.location.search).getAll('f')).toEqual([
      'custom_fields.employee_count:eq:3',
    ]),
  )
})

test('select and multiselect fields offer their options in the filter, not free text', async () => {
  const { user, router } = renderApp('/contacts?size=10')
  await contactRows()
  await user.click(await screen.findByRole('button', { name: 'Filter' }))
  const dialog = await screen.findByRole('dialog', { name: 'Add filter' })
  await user.click(within(dialog).getByRole('combobox', { name: 'Field' }))
  await user.click(await screen.findByRole('option', { name: 'Lead-Quelle' }))
  expect(within(dialog).getByRole('combobox', { name: 'Condition' })).toHaveTextContent('is')
  expect(within(dialog).queryByRole('textbox', { name: 'Value' })).not.toBeInTheDocument()
  await user.click(within(dialog).getByRole('combobox', { name: 'Value' }))
  const options = within(await screen.findByRole('listbox')).getAllByRole('option')
  expect(options.map((option) => option.textContent)).toEqual([
    'Website',
    'Empfehlung',
    'Messe',
    'Kaltakquise',
    'Bestandsmandant',
  ])
  await user.click(screen.getByRole('option', { name: 'Messe' }))
  await user.click(within(dialog).getByRole('button', { name: 'Add filter' }))
  await waitFor(() =>
    expect(new URLSearchParams(router.state.location.search).getAll('f')).toEqual([
      'custom_fields.lead_source:eq:"Messe"',
    ]),
  )

  await user.click(screen.getByRole('button', { name: 'Filter (1)' }))
  const again = await screen.findByRole('dialog', { name: 'Add filter' })
  await user.click(within(again).getByRole('combobox', { name: 'Field' }))
  await user.click(await screen.findByRole('option', { name: 'Interessen' }))
  await user.click(within(again).getByRole('combobox', { name: 'Value' }))
  await user.click(await screen.findByRole('option', { name: 'Bilanz' }))
  await user.click(within(again).getByRole('button', { name: 'Add filter' }))
  await waitFor(() =>
    expect(new URLSearchParams(router.state.location.search).getAll('f')).toEqual([
      'custom_fields.lead_source:eq:"Messe"',
      'custom_fields.interests:contains:"Bilanz"',
    ]),
  )
})
