import { configure, screen, within } from '@testing-library/react'
import { http } from 'msw'
import { server, TEST_API_BASE_URL } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'
import { UPDATE_METHOD } from '../../../contract/kanbert-contract'
import { contactFullName } from '../shared/contact-names'
import { contactRows, rowContact } from '../list/list-test-utils'
import { editSelected, ownerOfNone, recordUpdates, stored } from './bulk-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 90_000 })

/** Holds every contact update until `release()`; then each goes on to the emulator. */
function holdUpdates() {
  let release: (value: undefined) => void = () => undefined
  const gate = new Promise<undefined>((resolve) => {
    release = resolve
  })
  server.use(
    http.all(`${TEST_API_BASE_URL}/contacts/:id`, async ({ request }) => {
      if (request.method === UPDATE_METHOD) await gate
    }),
  )
  return () => release(undefined)
}

test('Stop during a bulk edit: requests already sent finish, no more are sent, the report says which were not done', async () => {
  const { user } = renderApp('/contacts?size=10')
  const rows = (await contactRows()).slice(0, 8)
  const targets = rows.map(rowContact)
  const owner = ownerOfNone(targets)
  const writes = recordUpdates()
  const release = holdUpdates()

  const dialog = await editSelected(user, rows)
  await user.type(within(dialog).getByRole('combobox', { name: 'Owner' }), owner.last_name)
  await user.click(
    await screen.findByRole('option', { name: new RegExp(`${owner.first_name} ${owner.last_name}`) }),
  )
  await user.click(within(dialog).getByRole('button', { name: 'Change 8 contacts' }))
  expect(await within(dialog).findByRole('status')).toHaveTextContent('Changing… 0 of 8')
  // The first batch is on its way; the rest wait for their turn.
  await vi.waitFor(() => expect(writes.count()).toBe(4))
  await user.click(within(dialog).getByRole('button', { name: 'Stop' }))
  release()

  const result = await screen.findByRole('dialog', { name: 'Result' })
  expect(
    await within(result).findByText('4 changed, 0 unchanged, 0 failed, 4 not done (stopped)'),
  ).toBeInTheDocument()
  const sent = [...(await writes.bodies()).keys()]
  expect(sent).toHaveLength(4)
  const changed = targets.filter((contact) => sent.includes(contact.id))
  const notDone = targets.filter((contact) => !sent.includes(contact.id))
  expect(changed.map((contact) => stored(contact.id)?.owner_id)).toEqual(changed.map(() => owner.id))
  expect(notDone.map((contact) => stored(contact.id)?.owner_id)).toEqual(
    notDone.map((contact) => contact.owner_id),
  )
  const notChangedList = within(result).getByRole('list', { name: /^Not changed/ })
  const changedList = within(result).getByRole('list', { name: 'Changed:' })
  for (const contact of notDone) expect(notChangedList).toHaveTextContent(contactFullName(contact) ?? '')
  for (const contact of changed) expect(changedList).toHaveTextContent(contactFullName(contact) ?? '')
  // Nothing is lost: the contacts not done stay selected for another run, the changed ones can be undone.
  expect(await screen.findByText('4 selected')).toBeInTheDocument()
  expect(within(result).getByRole('button', { name: 'Undo' })).toBeEnabled()
  expect(writes.count()).toBe(4)
})

test('Stop during an Undo: the result names the contacts not changed back, none is silently dropped', async () => {
  const { user } = renderApp('/contacts?size=10')
  const rows = (await contactRows()).slice(0, 8)
  const targets = rows.map(rowContact)
  const owner = ownerOfNone(targets)

  const dialog = await editSelected(user, rows)
  await user.type(within(dialog).getByRole('combobox', { name: 'Owner' }), owner.last_name)
  await user.click(
    await screen.findByRole('option', { name: new RegExp(`${owner.first_name} ${owner.last_name}`) }),
  )
  await user.click(within(dialog).getByRole('button', { name: 'Change 8 contacts' }))
  const result = await screen.findByRole('dialog', { name: 'Result' })
  expect(await within(result).findByText('8 changed, 0 unchanged, 0 failed')).toBeInTheDocument()

  const writes = recordUpdates()
  const release = holdUpdates()
  await user.click(within(result).getByRole('button', { name: 'Undo' }))
  await vi.waitFor(() => expect(writes.count()).toBe(4))
  await user.click(within(result).getByRole('button', { name: 'Stop' }))
  release()

  const undone = await screen.findByRole('dialog', { name: 'Undo' })
  expect(await within(undone).findByRole('alert')).toHaveTextContent(
    '4 contacts changed back; 4 not done (stopped)',
  )
  const sent = [...(await writes.bodies()).keys()]
  const notDone = targets.filter((contact) => !sent.includes(contact.id))
  expect(notDone).toHaveLength(4)
  const list = within(undone).getByRole('list', { name: 'Could not be changed back:' })
  for (const contact of notDone) expect(list).toHaveTextContent(contactFullName(contact) ?? '')
  expect(notDone.map((contact) => stored(contact.id)?.owner_id)).toEqual(notDone.map(() => owner.id))
})
