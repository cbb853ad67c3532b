import { screen, within } from '@testing-library/react'
import { renderApp } from '../../../../test/render'

test('shows the first page of contacts in a table', async () => {
  renderApp('/contacts')
  const table = await screen.findByRole('table', { name: 'Contacts' })
  const rows = await within(table).findAllByRole('row')
  expect(rows.length).toBeGreaterThan(10)
})
