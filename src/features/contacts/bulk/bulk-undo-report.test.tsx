import { configure, screen, within } from '@testing-library/react'
import { getEmulator } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'
import { UPDATE_METHOD } from '../../../contract/kanbert-contract'
import { contactFullName } from '../shared/contact-names'
import { contactRows, rowContact } from '../list/list-test-utils'
import { editedByOthersLater, editSelected, stored } from './bulk-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 90_000 })

test('the Undo result names what could not be changed back under its own heading, not the edit’s “still selected”', async () => {
  const { user } = renderApp('/contacts?size=10')
  const rows = (await contactRows()).slice(0, 3)
  const targets = rows.map(rowContact)
  const [restored, failing, changedSince] = targets
  if (!restored || !failing || !changedSince) throw new Error('need three rows')
  const client = getEmulator()
    .getState()
    .clients.find((candidate) => targets.every((contact) => contact.client_id !== candidate.id))
  if (!client) throw new Error('need a client none of them has')

  const dialog = await editSelected(user, rows)
  await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Field' }), 'Client')
  await user.type(within(dialog).getByRole('combobox', { name: 'Client' }), client.name)
  await user.click(await screen.findByRole('option', { name: client.name }))
  await user.click(within(dialog).getByRole('button', { name: 'Change 3 contacts' }))
  const result = await screen.findByRole('dialog', { name: 'Result' })
  expect(await within(result).findByText('3 changed, 0 unchanged, 0 failed')).toBeInTheDocument()

  await editedByOthersLater(changedSince.id, { client_id: null })
  getEmulator().faults.inject({
    kind: 500,
    method: UPDATE_METHOD,
    path: `/contacts/${failing.id}`,
    message: 'Database locked',
  })
  await user.click(within(result).getByRole('button', { name: 'Undo' }))

  const undone = await screen.findByRole('dialog', { name: 'Undo' })
  expect(await within(undone).findByRole('alert')).toHaveTextContent(
    '1 contact changed back; 1 contact was changed by someone since and is left as it is; 1 could not be changed back',
  )
  expect(within(undone).getByRole('list', { name: 'Could not be changed back:' })).toHaveTextContent(
    `${contactFullName(failing) ?? ''}: HTTP 500: Database locked`,
  )
  expect(within(undone).getByRole('list', { name: 'Changed since, left as they are:' })).toHaveTextContent(
    contactFullName(changedSince) ?? '',
  )
  // The edit's heading promises a selection for a retry; an Undo keeps none, so it must not appear.
  expect(within(undone).queryByText(/still selected/)).not.toBeInTheDocument()
  expect([restored, failing, changedSince].map((contact) => stored(contact.id)?.client_id)).toEqual([
    restored.client_id,
    client.id,
    null,
  ])
})
