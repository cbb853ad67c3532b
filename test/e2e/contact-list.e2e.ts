import { expect, test } from 'vitest'
import { appUrl, setupBrowserPage, sortOf } from './browser'

const page = setupBrowserPage()

const params = () => Promise.resolve(new URL(page().url()).searchParams)

/** Names in the rows on screen, in order. */
async function rowNames(): Promise<string[]> {
  const table = page().getByRole('table', { name: 'Contacts' })
  return table.locator('tbody tr td:nth-child(2) a').allTextContents()
}

test('sort, search with an umlaut, page forward and back, reload, open a contact', async () => {
  await page().goto(appUrl('/contacts'))
  const table = page().getByRole('table', { name: 'Contacts' })
  await table.locator('tbody tr a').first().waitFor()

  await page().getByRole('button', { name: 'Last name' }).click()
  await expect.poll(async () => (await params()).get('sort')).toBe('last_name')
  await expect.poll(() => sortOf(page, /Last name/)).toBe('ascending')

  await page().getByRole('searchbox', { name: 'Search' }).fill('ü')
  await expect.poll(async () => (await params()).get('q')).toBe('ü')
  await expect.poll(async () => (await rowNames()).length).toBe(30)
  await expect
    .poll(async () => {
      const texts = await table.locator('tbody tr').allTextContents()
      return texts.every((text) => text.toLowerCase().includes('ü'))
    })
    .toBe(true)
  const firstPage = await rowNames()

  await page().getByRole('button', { name: 'Next' }).click()
  await expect.poll(async () => (await params()).get('cursor')).not.toBeNull()
  await expect.poll(async () => (await rowNames())[0]).not.toBe(firstPage[0])
  const secondPage = await rowNames()
  expect(secondPage).toHaveLength(30)
  expect(secondPage).not.toEqual(firstPage)

  await page().getByRole('button', { name: 'Previous' }).click()
  await expect.poll(rowNames).toEqual(firstPage)
  await page().getByRole('button', { name: 'Next' }).click()
  await expect.poll(rowNames).toEqual(secondPage)

  const urlBeforeReload = page().url()
  await page().reload()
  await expect.poll(rowNames).toEqual(secondPage)
  expect(page().url()).toBe(urlBeforeReload)
  expect(await page().getByRole('searchbox', { name: 'Search' }).inputValue()).toBe('ü')
  expect(await sortOf(page, /Last name/)).toBe('ascending')

  const row = table.locator('tbody tr').nth(2)
  const href = await row.locator('td:nth-child(2) a').getAttribute('href')
  await row.locator('td:nth-child(4)').click()
  await page().waitForURL(appUrl(href ?? '/missing'))
})

test('Enter on a focused row opens the contact', async () => {
  await page().goto(appUrl('/contacts?size=10'))
  const rows = page().getByRole('table', { name: 'Contacts' }).locator('tbody tr')
  await rows.first().locator('a').first().waitFor()
  const href = await rows.nth(1).locator('td:nth-child(2) a').getAttribute('href')
  await rows.first().focus()
  await page().keyboard.press('ArrowDown')
  await page().keyboard.press('Enter')
  await page().waitForURL(appUrl(href ?? '/missing'))
})
