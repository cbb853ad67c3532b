import { configure, screen, within } from '@testing-library/react'
import { getEmulator } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'
import { UPDATE_METHOD } from '../../../contract/kanbert-contract'
import { contactFullName } from '../shared/contact-names'
import { contactRows, rowContact } from '../list/list-test-utils'
import { ownerOfNone } from './bulk-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 90_000 })

const stored = (id: string) =>
  getEmulator()
    .getState()
    .contacts.find((contact) => contact.id === id)

test('select all matching walks every page of the search and counts them', async () => {
  const { user } = renderApp('/contacts?size=10&q=an')
  const rows = await contactRows()
  await user.click(within(rows[0] ?? document.body).getByRole('checkbox'))
  await user.click(await screen.findByRole('button', { name: 'Select all matching' }))
  const matching = getEmulator()
    .getState()
    .contacts.filter(
      (contact) =>
        contact.deleted_at === null &&
        [contact.first_name, contact.last_name, contact.email].some((text) =>
          (text ?? '').toLowerCase().includes('an'),
        ),
    ).length
  expect(matching).toBeGreaterThan(10)
  expect(await screen.findByText(`${String(matching)} selected`)).toBeInTheDocument()
})

test('bulk edit sets the owner: preview, a 429 waited out, a 500 reported and left selected, Undo skips a contact changed since', async () => {
  const { user } = renderApp('/contacts?size=10')
  const rows = (await contactRows()).slice(0, 4)
  const targets = rows.map(rowContact)
  const [slow, failing, third, fourth] = targets
  if (!slow || !failing || !third || !fourth) throw new Error('need four rows')
  const owner = ownerOfNone(targets)
  for (const row of rows) await user.click(within(row).getByRole('checkbox'))
  await user.click(await screen.findByRole('button', { name: 'Edit' }))

  const dialog = await screen.findByRole('dialog', { name: 'Edit 4 contacts' })
  expect(within(dialog).getByRole('status')).toHaveTextContent('Choose a value first.')
  await user.type(within(dialog).getByRole('combobox', { name: 'Owner' }), owner.last_name)
  await user.click(
    await screen.findByRole('option', {
      name: new RegExp(`${owner.first_name} ${owner.last_name}`),
    }),
  )
  expect(within(dialog).getByRole('status')).toHaveTextContent(
    '4 contacts will change. 0 already have this value and are left as they are.',
  )

  getEmulator().faults.inject({
    kind: 429,
    method: UPDATE_METHOD,
    path: `/contacts/${slow.id}`,
    retryAfterSeconds: 1,
  })
  getEmulator().faults.inject({
    kind: 500,
    method: UPDATE_METHOD,
    path: `/contacts/${failing.id}`,
    message: 'Database locked',
  })
  await user.click(within(dialog).getByRole('button', { name: 'Change 4 contacts' }))

  const result = await screen.findByRole('dialog', { name: 'Result' })
  expect(within(result).getByText('3 changed, 0 unchanged, 1 failed')).toBeInTheDocument()
  expect(within(result).getByRole('list', { name: /^Not changed/ })).toHaveTextContent(
    `${contactFullName(failing) ?? ''}: HTTP 500: Database locked`,
  )
  // The 429 was waited out and retried: that contact has the new owner too.
  expect([slow, failing, third, fourth].map((contact) => stored(contact.id)?.owner_id)).toEqual([
    owner.id,
    failing.owner_id,
    owner.id,
    owner.id,
  ])
  // Only the failed contact stays selected, for a retry.
  expect(await screen.findByText('1 selected')).toBeInTheDocument()

  // Someone else edits one of the changed contacts before the Undo (a second later: stamps are seconds).
  await new Promise((resolve) => setTimeout(resolve, 1100))
  await getEmulator().handle({
    method: UPDATE_METHOD,
    path: `/contacts/${third.id}`,
    query: new URLSearchParams(),
    body: { owner_id: null },
  })

  await user.click(within(result).getByRole('button', { name: 'Undo' }))
  const undone = await screen.findByRole('dialog', { name: 'Undo' })
  expect(
    await within(undone).findByText(
      '2 contacts changed back; 1 contact was changed by someone since and is left as it is',
    ),
  ).toBeInTheDocument()
  expect(within(undone).getByRole('list', { name: /^Changed since/ })).toHaveTextContent(
    contactFullName(third) ?? '',
  )
  expect([slow, third, fourth].map((contact) => stored(contact.id)?.owner_id)).toEqual([
    slow.owner_id,
    null,
    fourth.owner_id,
  ])
})
