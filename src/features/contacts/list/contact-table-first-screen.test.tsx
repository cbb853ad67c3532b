/**
 * The first screen of a cold load commits only the rows the window can show, then the rest; a later
 * mount (back to the list) commits every row at once, so scroll restoration finds the page's full height.
 * In a file of its own: whether the first content has been painted is the app's state for its lifetime.
 */
import { configure, screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../../test/render'
import { MIN_ROW_HEIGHT, ROWS_TOP_MIN } from './contact-table-styles'
import { contactRows } from './list-test-utils'

configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 60_000 })

/** The number of data rows in the table after each DOM change (skeleton rows carry no checkbox). */
function recordRowCounts(): { counts: number[]; stop: () => void } {
  const counts: number[] = []
  // A row's box is named after its contact; the header's box is "Select all …".
  const count = () => screen.queryAllByLabelText(/^Select (?!all)/).length
  const observer = new MutationObserver(() => {
    const rows = count()
    if (rows !== counts.at(-1)) counts.push(rows)
  })
  observer.observe(document.body, { childList: true, subtree: true })
  return { counts, stop: () => observer.disconnect() }
}

test('a cold load commits the rows the window can show first, then the whole page', async () => {
  const { counts, stop } = recordRowCounts()
  renderApp('/contacts?size=30')
  const table = await screen.findByRole('table', { name: 'Contacts' })
  await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(31))
  stop()
  // As many rows as the window below the space above them holds at the lowest (standard) row height.
  const fit = Math.ceil((window.innerHeight - ROWS_TOP_MIN) / MIN_ROW_HEIGHT.standard)
  expect(fit).toBeLessThan(30)
  expect(counts.filter((rows) => rows > 0)).toEqual([fit, 30])
})

test('back on the list after the first screen, every row comes in one commit', async () => {
  const { user } = renderApp('/contacts?size=30')
  const [first] = await contactRows()
  await user.click(within(first ?? document.body).getAllByRole('link')[0] ?? document.body)
  const back = await screen.findByRole('link', { name: 'Back to list' })
  const { counts, stop } = recordRowCounts()
  await user.click(back)
  const table = await screen.findByRole('table', { name: 'Contacts' })
  await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(31))
  stop()
  expect(counts.filter((rows) => rows > 0)).toEqual([30])
})
