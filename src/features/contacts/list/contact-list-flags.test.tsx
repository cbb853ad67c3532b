import { configure, screen, within } from '@testing-library/react'
import { renderApp } from '../../../../test/render'
import { contactRows } from './list-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

test('the filter dialog’s country picker shows each country with its flag', async () => {
  const { user } = renderApp('/contacts?size=10')
  await contactRows()
  await user.click(screen.getByRole('button', { name: 'Filter' }))
  const dialog = await screen.findByRole('dialog', { name: 'Add filter' })
  await user.click(within(dialog).getByRole('combobox', { name: 'Field' }))
  await user.click(await screen.findByRole('option', { name: 'Country' }))
  await user.click(within(dialog).getByRole('combobox', { name: 'Value' }))
  const austria = await screen.findByRole('option', { name: 'Austria' })
  const flag = await within(austria).findByRole('presentation', { hidden: true })
  expect(flag.getAttribute('src')).toMatch(/AT\.svg/)
})
