import { configure, screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../../test/render'
import { contactRows } from './list-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

test('the bulk dialog loads when an action is picked and gives focus back when cancelled', async () => {
  const { user } = renderApp('/contacts?size=10')
  const rows = await contactRows()
  await user.click(within(rows[0] ?? document.body).getByRole('checkbox'))
  const archive = screen.getByRole('button', { name: 'Archive' })

  await user.click(archive)
  const dialog = await screen.findByRole('dialog', { name: 'Archive 1 contact?' })
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  expect(archive).toHaveFocus()
  expect(screen.getByText('1 selected')).toBeInTheDocument()
})
