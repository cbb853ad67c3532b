import { configure, screen, waitFor } from '@testing-library/react'
import { delay, http } from 'msw'
import { server } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'
import { activeContacts, contactRows, storedContactsOnScreen } from './list-test-utils'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

const collator = new Intl.Collator('de', { sensitivity: 'base' })
const byLastName = (a: string | null, b: string | null) => collator.compare(a ?? '', b ?? '')

test('sorts by last name from the column header, both directions, and exposes aria-sort', async () => {
  const { user, router } = renderApp('/contacts?size=10')
  await contactRows()
  const header = screen.getByRole('columnheader', { name: /Last name/ })
  expect(header).not.toHaveAttribute('aria-sort')

  await user.click(screen.getByRole('button', { name: 'Last name' }))
  await waitFor(() => expect(router.state.location.search).toBe('?sort=last_name&size=10'))
  expect(screen.getByRole('columnheader', { name: /Last name/ })).toHaveAttribute('aria-sort', 'ascending')
  await waitFor(async () => {
    const names = (await storedContactsOnScreen()).map((contact) => contact.last_name)
    expect(names).toEqual([...names].sort(byLastName))
    const all = activeContacts()
      .map((contact) => contact.last_name)
      .sort(byLastName)
    expect(names[0]).toBe(all[0])
  })

  await user.click(screen.getByRole('button', { name: 'Last name' }))
  await waitFor(() => expect(router.state.location.search).toBe('?sort=-last_name&size=10'))
  expect(screen.getByRole('columnheader', { name: /Last name/ })).toHaveAttribute('aria-sort', 'descending')
  await waitFor(async () => {
    const names = (await storedContactsOnScreen()).map((contact) => contact.last_name)
    expect(names).toEqual([...names].sort(byLastName).reverse())
  })
})

test('columns the API cannot sort by offer no sorting', async () => {
  renderApp('/contacts?size=10')
  await contactRows()
  for (const name of ['Email', 'Phone', 'Client', 'Owner', 'Country', 'Updated']) {
    const header = screen.getByRole('columnheader', { name })
    expect(header).not.toHaveAttribute('aria-sort')
    expect(screen.queryByRole('button', { name })).not.toBeInTheDocument()
  }
})

function umlautName() {
  const name = activeContacts().find((contact) => contact.last_name?.includes('ü'))?.last_name
  if (!name) throw new Error('The seed has no active contact with ü in the last name')
  return name
}

const matches =
  (term: string) =>
  (contact: { first_name: string | null; last_name: string | null; email: string | null }) =>
    [contact.first_name, contact.last_name, contact.email].some((value) =>
      value?.toLowerCase().includes(term.toLowerCase()),
    )

test('searches with an umlaut, debounced into the URL', async () => {
  const { user, router } = renderApp('/contacts?size=10')
  await contactRows()
  const term = umlautName()
  await user.type(screen.getByRole('searchbox', { name: 'Search' }), term)
  await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe(term))
  await waitFor(async () => {
    const shown = await storedContactsOnScreen()
    expect(shown.length).toBe(activeContacts().filter(matches(term)).length)
    expect(shown.every(matches(term))).toBe(true)
  })
})

test('never shows the answer of an older search that arrives late', async () => {
  const term = umlautName()
  const early = term.slice(0, 2)
  const held = { started: false, released: false }
  // The first search's answer is held back until well after the final one has arrived.
  server.use(
    http.get('*/contacts', async ({ request }) => {
      const filter = new URL(request.url).searchParams.get('filter') ?? ''
      if (!filter.includes(`"${early}"`)) return
      held.started = true
      await delay(1500)
      held.released = true
    }),
  )
  const { user } = renderApp('/contacts?size=10')
  await contactRows()
  const box = screen.getByRole('searchbox', { name: 'Search' })
  await user.type(box, early)
  await waitFor(() => expect(held.started).toBe(true))
  await user.type(box, term.slice(2))
  await waitFor(async () => expect((await storedContactsOnScreen()).every(matches(term))).toBe(true))
  await waitFor(() => expect(held.released).toBe(true))
  const shown = await storedContactsOnScreen()
  expect(shown.every(matches(term))).toBe(true)
  expect(shown.length).toBe(activeContacts().filter(matches(term)).length)
})
