import { act, configure, screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../../test/render'
import { contactRows, storedContactsOnScreen } from './list-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

const ids = async () => (await storedContactsOnScreen()).map((contact) => contact.id)
const searchOf = (router: ReturnType<typeof renderApp>['router']) =>
  new URLSearchParams(router.state.location.search)

test('pages forward and back with the cursors from meta', async () => {
  const { user, router } = renderApp('/contacts?size=10')
  await contactRows()
  const first = await ids()
  expect(screen.getByRole('button', { name: 'Previous' })).toBeDisabled()

  await user.click(screen.getByRole('button', { name: 'Next' }))
  await waitFor(() => expect(searchOf(router).get('cursor')).not.toBeNull())
  await waitFor(async () => expect(await ids()).not.toEqual(first))
  const second = await ids()
  expect(second.some((id) => first.includes(id))).toBe(false)

  await user.click(await screen.findByRole('button', { name: 'Previous' }))
  await waitFor(async () => expect(await ids()).toEqual(first))

  // Back in the browser history returns to the second page.
  await act(() => router.navigate(-1))
  await waitFor(async () => expect(await ids()).toEqual(second))
})

test('a URL with list state shows the same state in the controls', async () => {
  const url =
    '/contacts?q=an&f=last_name:contains:"er"&f=email:endswith:".de"&match=or&archived=with&sort=-first_name&size=50'
  renderApp(url)
  await contactRows()
  expect(screen.getByRole('searchbox', { name: 'Search' })).toHaveValue('an')
  // The active-filter chips load with their own chunk, just after the rows (compiled on first use here).
  expect(
    await screen.findByRole('button', { name: 'Edit filter: Last name contains “er”' }, { timeout: 30_000 }),
  ).toBeInTheDocument()
  expect(screen.getByRole('button', { name: 'Edit filter: Email ends with “.de”' })).toBeInTheDocument()
  const match = screen.getByRole('group', { name: 'Conditions must match' })
  expect(within(match).getByRole('button', { name: 'Any' })).toHaveAttribute('aria-pressed', 'true')
  expect(screen.getByRole('combobox', { name: 'Show contacts' })).toHaveDisplayValue('All')
  expect(screen.getByRole('columnheader', { name: /First name/ })).toHaveAttribute('aria-sort', 'descending')
  expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('50')
})

test('ignores garbage in the URL with a visible note, and can clean the address', async () => {
  const { user, router } = renderApp(
    '/contacts?size=7&sort=email&f=foo:eq:"x"&f=birthday:contains:"19"&archived=maybe',
  )
  await contactRows()
  // The note's code and texts load only for such an address.
  const note = await screen.findByRole('alert')
  expect(note).toHaveTextContent('filter “foo:eq:"x"”')
  expect(note).toHaveTextContent('filter “birthday:contains:"19"”')
  expect(note).toHaveTextContent('sorting by “email”')
  expect(note).toHaveTextContent('page size “7”')
  expect(note).toHaveTextContent('archived setting “maybe”')
  expect(screen.getByRole('combobox', { name: 'Rows per page' })).toHaveValue('30')
  await user.click(within(note).getByRole('button', { name: 'Clean up address' }))
  await waitFor(() => expect(router.state.location.search).toBe(''))
  expect(screen.queryByRole('alert')).not.toBeInTheDocument()
})

test('an outdated cursor offers the first page', async () => {
  const { user, router } = renderApp('/contacts?size=10&cursor=not-a-cursor')
  await user.click(await screen.findByRole('button', { name: 'Go to the first page' }))
  await contactRows()
  expect(searchOf(router).get('cursor')).toBeNull()
})

test('changing the page size starts again at the first page', async () => {
  const { user, router } = renderApp('/contacts?size=10')
  await contactRows()
  await user.click(screen.getByRole('button', { name: 'Next' }))
  await waitFor(() => expect(searchOf(router).get('cursor')).not.toBeNull())
  await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50')
  await waitFor(() => expect(searchOf(router).get('size')).toBe('50'))
  expect(searchOf(router).get('cursor')).toBeNull()
  await waitFor(async () => expect(await contactRows()).toHaveLength(50))
})
