import { act, configure, screen, waitFor, within } from '@testing-library/react'
import { getEmulator } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'
import { contactFullName } from '../shared/contact-names'
import { contactRows, rowContact } from './list-test-utils'
import { LIST_PREFERENCES_KEY } from './use-list-preferences'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

test('bulk archive reports which contacts failed and why', async () => {
  const { user } = renderApp('/contacts?size=10')
  const rows = (await contactRows()).slice(0, 3)
  const targets = rows.map(rowContact)
  const [first, failing, third] = targets
  if (!first || !failing || !third) throw new Error('need three rows')
  getEmulator().faults.inject({
    kind: 500,
    method: 'DELETE',
    path: `/contacts/${failing.id}`,
    message: 'Database locked',
  })
  for (const row of rows) await user.click(within(row).getByRole('checkbox'))
  expect(await screen.findByText('3 selected')).toBeInTheDocument()

  await user.click(screen.getByRole('button', { name: 'Archive' }))
  const confirm = await screen.findByRole('dialog', { name: 'Archive 3 contacts?' })
  await user.click(within(confirm).getByRole('button', { name: 'Archive' }))

  const result = await screen.findByRole('dialog', { name: 'Result' })
  expect(await within(result).findByText('2 succeeded, 1 failed')).toBeInTheDocument()
  expect(within(result).getByRole('listitem')).toHaveTextContent(
    `${contactFullName(failing)}: HTTP 500: Database locked`,
  )
  const stored = getEmulator().getState().contacts
  const archived = (id: string) => stored.find((contact) => contact.id === id)?.deleted_at !== null
  expect([first, failing, third].map((contact) => archived(contact.id))).toEqual([true, false, true])

  await user.click(within(result).getByRole('button', { name: 'Close' }))
  await waitFor(() => expect(screen.queryByText(/selected$/)).not.toBeInTheDocument())
})

test('Enter on a focused row opens the contact and remembers where the list was', async () => {
  const { user, router } = renderApp('/contacts?size=10&sort=last_name')
  const rows = await contactRows()
  const target = rowContact(rows[1] ?? document.body)
  act(() => rows[0]?.focus())
  await user.keyboard('{ArrowDown}{Enter}')
  await waitFor(() => expect(router.state.location.pathname).toBe(`/contacts/${target.id}`))
  expect(router.state.location.state).toEqual({ from: '/contacts?size=10&sort=last_name' })
})

test('remembers hidden columns and density in this browser', async () => {
  const { user } = renderApp('/contacts?size=10')
  await contactRows()
  expect(screen.getByRole('columnheader', { name: 'Owner' })).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Columns' }))
  await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Owner' }))
  await user.click(screen.getByRole('menuitemradio', { name: 'Compact' }))
  await waitFor(() => expect(screen.queryByRole('columnheader', { name: 'Owner' })).not.toBeInTheDocument())
  expect(JSON.parse(window.localStorage.getItem(LIST_PREFERENCES_KEY) ?? '{}')).toEqual({
    visibility: { owner: false },
    density: 'compact',
  })
})

const archivedIds = () =>
  getEmulator()
    .getState()
    .contacts.filter((contact) => contact.deleted_at !== null)
    .map((contact) => contact.id)
    .sort()

test('a bulk archive that fully succeeds says how many, and Undo restores exactly those', async () => {
  const { user } = renderApp('/contacts?size=10')
  const rows = (await contactRows()).slice(0, 3)
  const targets = rows.map(rowContact).map((contact) => contact.id)
  const before = archivedIds()
  for (const row of rows) await user.click(within(row).getByRole('checkbox'))
  await user.click(screen.getByRole('button', { name: 'Archive' }))
  const confirm = await screen.findByRole('dialog', { name: 'Archive 3 contacts?' })
  await user.click(within(confirm).getByRole('button', { name: 'Archive' }))

  expect(await screen.findByText('3 contacts archived')).toBeInTheDocument()
  expect(archivedIds()).toEqual([...before, ...targets].sort())
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())

  await user.click(screen.getByRole('button', { name: 'Undo' }))
  expect(await screen.findByText('3 contacts restored')).toBeInTheDocument()
  expect(archivedIds()).toEqual(before)
})

test('a bulk restore that fully succeeds says how many, and Undo archives exactly those again', async () => {
  const { user } = renderApp('/contacts?size=10&archived=only')
  const rows = (await contactRows()).slice(0, 2)
  const targets = rows.map(rowContact).map((contact) => contact.id)
  const before = archivedIds()
  for (const row of rows) await user.click(within(row).getByRole('checkbox'))
  await user.click(screen.getByRole('button', { name: 'Restore' }))
  const confirm = await screen.findByRole('dialog', { name: 'Restore 2 contacts?' })
  await user.click(within(confirm).getByRole('button', { name: 'Restore' }))

  expect(await screen.findByText('2 contacts restored')).toBeInTheDocument()
  expect(archivedIds()).toEqual(before.filter((id) => !targets.includes(id)))

  await user.click(screen.getByRole('button', { name: 'Undo' }))
  expect(await screen.findByText('2 contacts archived')).toBeInTheDocument()
  expect(archivedIds()).toEqual(before)
})
