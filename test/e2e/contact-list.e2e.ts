import type { Locator } from '@playwright/test'
import { columnHeader, contactRows, expect, nameLink, test, urlParam } from './fixtures'

/** The names of the rows on screen, in order. */
async function rowNames(rows: Locator): Promise<string[]> {
  const names: string[] = []
  for (const row of await rows.all()) names.push(await nameLink(row).innerText())
  return names
}

/** Each row shows its name, in this order (and no other rows are there). */
const rowsNamed = (names: string[]) =>
  names.map((name) => new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))

test('sort, search with an umlaut, page forward and back, reload, open a contact', async ({ page }) => {
  await page.goto('/contacts')
  const rows = contactRows(page)
  await expect(rows.first()).toBeVisible()

  await page.getByRole('button', { name: 'Last name' }).click()
  await expect(page).toHaveURL(urlParam('sort', 'last_name'))
  await expect(columnHeader(page, /Last name/)).toHaveAttribute('aria-sort', 'ascending')

  await page.getByRole('searchbox', { name: 'Search' }).fill('ü')
  await expect(page).toHaveURL(urlParam('q', 'ü'))
  await expect(rows).toHaveCount(30)
  await expect(rows).toHaveText(Array<RegExp>(30).fill(/ü/i))
  const firstPage = await rowNames(rows)

  await page.getByRole('button', { name: 'Next' }).click()
  await expect(page).toHaveURL(urlParam('cursor'))
  await expect(nameLink(rows.first())).not.toHaveText(firstPage[0] ?? '')
  await expect(rows).toHaveCount(30)
  const secondPage = await rowNames(rows)
  expect(secondPage).not.toEqual(firstPage)

  await page.getByRole('button', { name: 'Previous' }).click()
  await expect(rows).toHaveText(rowsNamed(firstPage))
  await page.getByRole('button', { name: 'Next' }).click()
  await expect(rows).toHaveText(rowsNamed(secondPage))

  const urlBeforeReload = page.url()
  await page.reload()
  await expect(rows).toHaveText(rowsNamed(secondPage))
  expect(page.url()).toBe(urlBeforeReload)
  await expect(page.getByRole('searchbox', { name: 'Search' })).toHaveValue('ü')
  await expect(columnHeader(page, /Last name/)).toHaveAttribute('aria-sort', 'ascending')

  // A click anywhere on a row (here: its last cell) opens the contact its name links to.
  const row = rows.nth(2)
  const href = await nameLink(row).getAttribute('href')
  await row.getByRole('cell').last().click()
  await expect(page).toHaveURL(href ?? '/missing')
})

test('Enter on a focused row opens the contact', async ({ page }) => {
  await page.goto('/contacts?size=10')
  const rows = contactRows(page)
  await expect(rows.first()).toBeVisible()
  const href = await nameLink(rows.nth(1)).getAttribute('href')
  await rows.first().focus()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(href ?? '/missing')
})
