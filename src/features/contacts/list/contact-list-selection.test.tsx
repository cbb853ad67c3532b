import { configure, screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../../test/render'
import { mediaQueryList } from '../../../../test/match-media'
import { contactRows } from './list-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

const rowBoxes = () => screen.getAllByRole('checkbox', { name: /^Select (?!all)/ })

test('selects all rows of the page from the header, indeterminate while only some are selected', async () => {
  const { user, router } = renderApp('/contacts?size=10')
  const rows = await contactRows()
  const all = screen.getByRole('checkbox', { name: 'Select all contacts on this page' })
  expect(all).not.toBeChecked()
  expect(all).not.toBePartiallyChecked()

  await user.click(within(rows[0] ?? document.body).getByRole('checkbox'))
  expect(all).toBePartiallyChecked()
  expect(await screen.findByText('1 selected')).toBeInTheDocument()

  await user.click(all)
  expect(all).toBeChecked()
  expect(all).not.toBePartiallyChecked()
  for (const box of rowBoxes()) expect(box).toBeChecked()
  expect(await screen.findByText('10 selected')).toBeInTheDocument()

  await user.click(all)
  for (const box of rowBoxes()) expect(box).not.toBeChecked()
  expect(screen.queryByText(/selected$/)).not.toBeInTheDocument()

  // A selection survives paging: the next page adds to it; another sort starts a new one.
  await user.click(within(rows[1] ?? document.body).getByRole('checkbox'))
  await user.click(screen.getByRole('button', { name: 'Next' }))
  await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('cursor')).not.toBeNull())
  const next = await contactRows()
  await user.click(within(next[0] ?? document.body).getByRole('checkbox'))
  expect(await screen.findByText('2 selected')).toBeInTheDocument()
  await user.click(screen.getByRole('button', { name: 'Last name' }))
  await waitFor(() => expect(screen.queryByText(/selected$/)).not.toBeInTheDocument())
})

test('phones get one card per contact with the visible columns, selection and a sort select', async () => {
  // A phone-sized viewport: every max-width (MUI `down(…)`) query matches.
  vi.spyOn(window, 'matchMedia').mockImplementation((query) =>
    mediaQueryList(query, query.includes('max-width')),
  )
  const { user, router } = renderApp('/contacts?size=10')
  const list = await screen.findByRole('list', { name: 'Contacts' })
  const boxes = within(list).getAllByRole('checkbox', { name: /^Select / })
  expect(boxes).toHaveLength(10)
  expect(screen.queryByRole('table')).not.toBeInTheDocument()
  expect(screen.queryByRole('button', { name: 'Columns' })).not.toBeInTheDocument()
  const terms = within(list)
    .getAllByRole('term')
    .map((term) => term.textContent)
  expect(terms).toContain('Email')
  expect(terms).not.toContain('Created') // hidden unless chosen

  await user.click(boxes[0] ?? document.body)
  expect(await screen.findByText('1 selected')).toBeInTheDocument()

  await user.selectOptions(
    await screen.findByRole('combobox', { name: 'Sort by' }),
    screen.getByRole('option', { name: 'Created, newest first' }),
  )
  await waitFor(() =>
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('-created_at'),
  )
})
