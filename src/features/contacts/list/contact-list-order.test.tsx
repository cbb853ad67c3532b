import { configure, screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../../test/render'
import { contactRows } from './list-test-utils'
import { LIST_PREFERENCES_KEY } from './use-list-preferences'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

const sortSelect = () => screen.getByRole('combobox', { name: 'Sort by' })
const selectedText = (select: HTMLElement) =>
  within(select)
    .getAllByRole<HTMLOptionElement>('option')
    .find((option) => option.selected)?.textContent

test('the table states its order at desktop width: the default is named and marked on “Created”', async () => {
  window.localStorage.setItem(LIST_PREFERENCES_KEY, JSON.stringify({ visibility: { created_at: true } }))
  const { user, router } = renderApp('/contacts?size=10')
  await contactRows()
  expect(selectedText(sortSelect())).toBe('Default (oldest first)')
  expect(screen.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'ascending')
  expect(screen.getByRole('columnheader', { name: /Last name/ })).not.toHaveAttribute('aria-sort')

  // The header that sorts already sorts ascending: a click turns it round.
  await user.click(screen.getByRole('button', { name: 'Created' }))
  await waitFor(() => expect(router.state.location.search).toBe('?sort=-created_at&size=10'))
  expect(screen.getByRole('columnheader', { name: /Created/ })).toHaveAttribute('aria-sort', 'descending')
  expect(selectedText(sortSelect())).toBe('Created, newest first')

  await user.click(screen.getByRole('button', { name: 'Last name' }))
  await waitFor(() => expect(router.state.location.search).toBe('?sort=last_name&size=10'))
  expect(screen.getByRole('columnheader', { name: /Created/ })).not.toHaveAttribute('aria-sort')
  expect(selectedText(sortSelect())).toBe('Last name, A → Z')
})

test('sort labels fit the value: numbers 0 → 9, dates oldest first, yes/no fields No first', async () => {
  renderApp('/contacts?size=10')
  await contactRows()
  const options = await waitFor(() => {
    const texts = within(sortSelect())
      .getAllByRole('option')
      .map((option) => option.textContent)
    expect(texts).toContain('Mitarbeiterzahl, 0 → 9')
    return texts
  })
  expect(options).toEqual(
    expect.arrayContaining([
      'Mitarbeiterzahl, 9 → 0',
      'Kunde seit, oldest first',
      'Kunde seit, newest first',
      'Newsletter, No first',
      'Newsletter, Yes first',
      'Mandatsnummer, A → Z',
    ]),
  )
  for (const text of options.filter((option) => /Mitarbeiterzahl|Kunde seit|Newsletter/.test(option)))
    expect(text).not.toMatch(/A → Z|Z → A/)
})
