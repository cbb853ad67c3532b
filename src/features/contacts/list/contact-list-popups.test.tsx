import { act, configure, screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../../test/render'
import { contactRows } from './list-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

test('the column menu loads on first open, works by keyboard and gives focus back to its button', async () => {
  const { user } = renderApp('/contacts?size=10')
  await contactRows()
  const button = screen.getByRole('button', { name: 'Columns' })
  expect(screen.queryByRole('menu')).not.toBeInTheDocument()

  act(() => button.focus())
  await user.keyboard('{Enter}')
  const menu = await screen.findByRole('menu')
  expect(button).toHaveAttribute('aria-expanded', 'true')
  // Focus moves into the menu, onto its first item (the subheader is skipped).
  const email = within(menu).getByRole('menuitemcheckbox', { name: 'Email' })
  await waitFor(() => expect(email).toHaveFocus())
  await user.keyboard('{Enter}')
  expect(email).toHaveAttribute('aria-checked', 'false')
  expect(screen.queryByRole('columnheader', { name: 'Email' })).not.toBeInTheDocument()

  await user.keyboard('{Escape}')
  await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument())
  expect(button).toHaveFocus()
  expect(button).toHaveAttribute('aria-expanded', 'false')

  // Opened again, the menu (now loaded) still knows the choice.
  await user.keyboard('{Enter}')
  expect(await screen.findByRole('menuitemcheckbox', { name: 'Email' })).toHaveAttribute(
    'aria-checked',
    'false',
  )
})

test('the bulk dialog loads when an action is picked and gives focus back when cancelled', async () => {
  const { user } = renderApp('/contacts?size=10')
  const rows = await contactRows()
  await user.click(within(rows[0] ?? document.body).getByRole('checkbox'))
  // The selection bar's code loads with the first selection.
  const archive = await screen.findByRole('button', { name: 'Archive' })

  await user.click(archive)
  const dialog = await screen.findByRole('dialog', { name: 'Archive 1 contact?' })
  await user.click(within(dialog).getByRole('button', { name: 'Cancel' }))
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument())
  expect(archive).toHaveFocus()
  expect(await screen.findByText('1 selected')).toBeInTheDocument()
})
