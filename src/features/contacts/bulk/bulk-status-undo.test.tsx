import { act, configure, screen, within } from '@testing-library/react'
import { getEmulator } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'
import { RESTORE_METHOD } from '../../../contract/kanbert-contract'
import { contactRows, rowContact } from '../list/list-test-utils'
import { editedByOthersLater, stored } from './bulk-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 90_000 })

test('Undo of a bulk restore skips and reports a contact edited since, and never archives it over that edit', async () => {
  const { user } = renderApp('/contacts?size=10&archived=only')
  const rows = (await contactRows()).slice(0, 2)
  const [undone, edited] = rows.map(rowContact)
  if (!undone || !edited) throw new Error('need two archived rows')
  for (const row of rows) await user.click(within(row).getByRole('checkbox'))
  await user.click(screen.getByRole('button', { name: 'Restore' }))
  const confirm = await screen.findByRole('dialog', { name: 'Restore 2 contacts?' })
  await user.click(within(confirm).getByRole('button', { name: 'Restore' }))
  expect(await screen.findByText('2 contacts restored')).toBeInTheDocument()

  await editedByOthersLater(edited.id, { last_name: 'Edited-Meanwhile' })
  await user.click(screen.getByRole('button', { name: 'Undo' }))

  expect(
    await screen.findByText(
      '1 contact archived. 1 contact was changed by someone since and is left as it is',
    ),
  ).toBeInTheDocument()
  expect(stored(undone.id)?.deleted_at).not.toBeNull()
  expect(stored(edited.id)).toMatchObject({ deleted_at: null, last_name: 'Edited-Meanwhile' })
})

test('Undo of a bulk archive skips and reports a contact someone restored since', async () => {
  const { user } = renderApp('/contacts?size=10')
  const rows = (await contactRows()).slice(0, 2)
  const [undone, restoredMeanwhile] = rows.map(rowContact)
  if (!undone || !restoredMeanwhile) throw new Error('need two rows')
  for (const row of rows) await user.click(within(row).getByRole('checkbox'))
  await user.click(screen.getByRole('button', { name: 'Archive' }))
  const confirm = await screen.findByRole('dialog', { name: 'Archive 2 contacts?' })
  await user.click(within(confirm).getByRole('button', { name: 'Archive' }))
  expect(await screen.findByText('2 contacts archived')).toBeInTheDocument()

  const answer = await act(() =>
    getEmulator().handle({
      method: RESTORE_METHOD,
      path: `/contacts/${restoredMeanwhile.id}/restore`,
      query: new URLSearchParams(),
      body: undefined,
    }),
  )
  expect(answer.status).toBe(200)
  await editedByOthersLater(restoredMeanwhile.id, { last_name: 'Edited-Meanwhile' })
  await user.click(screen.getByRole('button', { name: 'Undo' }))

  expect(
    await screen.findByText(
      '1 contact restored. 1 contact was changed by someone since and is left as it is',
    ),
  ).toBeInTheDocument()
  expect(stored(undone.id)?.deleted_at).toBeNull()
  expect(stored(restoredMeanwhile.id)).toMatchObject({ deleted_at: null, last_name: 'Edited-Meanwhile' })
})
