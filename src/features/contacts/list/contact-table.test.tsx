import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { QueryClient } from '@tanstack/react-query'
import { renderApp } from '../../../../test/render'
import { recordRequests } from '../../session/session-test-helpers'
import { contactQueries } from '../api/contact-queries'
import type { ContactPage } from '../api/contact-api'
import { HOVER_PREFETCH_DELAY_MS } from './row-events'
import { contactRows, rowContact } from './list-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 15_000 })
vi.setConfig({ testTimeout: 60_000 })

/** All rows of a 100-row page. */
async function allRows(count = 100) {
  await contactRows()
  const table = screen.getByRole('table', { name: 'Contacts' })
  await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(count + 1))
  return within(table).getAllByRole('row').slice(1)
}

/** The ids of the first page the list query holds (not the prefetched next one), in the API's order. */
function listedIds(queryClient: QueryClient) {
  const pages = queryClient
    .getQueriesData<ContactPage>({ queryKey: contactQueries.lists() })
    .filter(([key]) => (key[2] as { cursor: string | null }).cursor === null)
    .flatMap(([, page]) => (page ? [page] : []))
  expect(pages).toHaveLength(1)
  return pages[0]?.data.map((contact) => contact.id)
}

test('a page of 100 rows ends up complete, in the order of the API', async () => {
  const { queryClient } = renderApp('/contacts?size=100')
  const rows = await allRows()
  expect(rows.map((row) => rowContact(row).id)).toEqual(listedIds(queryClient))
})

test('a row far down a 100-row page can be selected, and the header box counts it', async () => {
  const { user } = renderApp('/contacts?size=100')
  const rows = await allRows()
  const late = rows[80] ?? document.body
  const all = screen.getByRole('checkbox', { name: 'Select all contacts on this page' })

  await user.click(within(late).getByRole('checkbox'))
  expect(within(late).getByRole('checkbox')).toBeChecked()
  expect(all).toBePartiallyChecked()

  await user.click(all)
  for (const row of rows) expect(within(row).getByRole('checkbox')).toBeChecked()
  expect(all).toBeChecked()
})

test('arrow keys move from row to row', async () => {
  const { user } = renderApp('/contacts?size=100')
  const rows = await allRows()
  act(() => rows[1]?.focus())
  await user.keyboard('{ArrowDown}')
  expect(rows[2]).toHaveFocus()
  await user.keyboard('{ArrowUp}{ArrowUp}')
  expect(rows[0]).toHaveFocus()
})

test('the detail is prefetched once the pointer rests on a row, not for rows it only passes', async () => {
  renderApp('/contacts?size=10')
  const [passed, rested] = await contactRows()
  const requests = recordRequests()
  const detail = (row: HTMLElement | undefined) => `GET /contacts/${rowContact(row ?? document.body).id}`

  // Entered and left in one go, as when the list scrolls under a resting mouse.
  fireEvent.mouseOver(passed ?? document.body)
  fireEvent.mouseOut(passed ?? document.body, { relatedTarget: rested })
  fireEvent.mouseOver(rested ?? document.body, { relatedTarget: passed })
  await waitFor(() => expect(requests).toContain(detail(rested)))
  // Past the delay for the passed row too (in act: the prefetched detail updates the page's fetch state).
  await act(() => new Promise((resolve) => setTimeout(resolve, HOVER_PREFETCH_DELAY_MS * 2)))
  expect(requests).not.toContain(detail(passed))
})

test('a plain click on the name opens the contact in the app; other links keep their own meaning', async () => {
  const { user, router } = renderApp('/contacts?size=10')
  const rows = await contactRows()
  const withEmail = rows.find((row) => rowContact(row).email) ?? document.body
  // jsdom cannot follow a link: note whether the app took the click, then stop the browser's part.
  let prevented: boolean | null = null
  const browser = (event: MouseEvent) => {
    prevented = event.defaultPrevented
    event.preventDefault()
  }
  document.addEventListener('click', browser)
  try {
    const mail = within(withEmail).getByRole('link', { name: rowContact(withEmail).email ?? '' })
    await user.click(mail)
    expect(prevented).toBe(false)
    expect(router.state.location.pathname).toBe('/contacts')

    const name = within(withEmail).getAllByRole('link')[0] ?? document.body
    fireEvent.click(name, { ctrlKey: true })
    expect(prevented).toBe(false)
    expect(router.state.location.pathname).toBe('/contacts')

    await user.click(name)
    expect(prevented).toBe(true)
    await waitFor(() => expect(router.state.location.pathname).toBe(`/contacts/${rowContact(withEmail).id}`))
    expect(router.state.location.state).toEqual({ from: '/contacts?size=10' })
  } finally {
    document.removeEventListener('click', browser)
  }
})

test("the table's styles are built and inserted under one class, not again for a wrapped component", async () => {
  renderApp('/contacts')
  await contactRows()
  const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules])
  const nameRules = rules.filter(
    (rule) => rule instanceof CSSStyleRule && /^\.css-[\w-]+ \.ContactCell-name$/.test(rule.selectorText),
  )
  expect(nameRules).toHaveLength(1)
})
