import type { Page } from '@playwright/test'
import { contactRows, expect, nameLink, test } from './fixtures'

const LIST_PATH = '/contacts?sort=-last_name&size=100'

const scrollY = async (page: Page) => Number(await page.evaluate('window.scrollY'))

/** A sorted, long list, scrolled down, then a contact opened from the rows on screen. */
async function openContactFromScrolledList(page: Page): Promise<number> {
  await page.goto(LIST_PATH)
  const rows = contactRows(page)
  await expect(rows.nth(60)).toBeAttached()
  await page.evaluate('window.scrollTo(0, 1800)')
  await expect.poll(() => scrollY(page)).toBeGreaterThan(1000)
  const listScroll = await scrollY(page)
  const viewport = page.viewportSize()
  for (const row of await rows.all()) {
    const link = nameLink(row)
    const box = await link.boundingBox()
    if (box && viewport && box.y > 150 && box.y + box.height < viewport.height - 60) {
      const target = (await link.getAttribute('href')) ?? '/missing'
      await link.click()
      await expect(page).toHaveURL(target)
      await expect(page.getByRole('region', { name: 'Record' })).toBeVisible()
      return listScroll
    }
  }
  throw new Error('no contact link on screen')
}

async function expectListRestored(page: Page, listScroll: number) {
  await expect(page).toHaveURL(LIST_PATH)
  await expect.poll(async () => Math.abs((await scrollY(page)) - listScroll)).toBeLessThan(50)
}

test('"Back to list" returns to the sorted list at the same scroll position', async ({ page }) => {
  const listScroll = await openContactFromScrolledList(page)
  // The detail opens at its top, not at the list's scroll position.
  expect(await scrollY(page)).toBe(0)
  await page.getByRole('link', { name: 'Back to list' }).click()
  await expectListRestored(page, listScroll)
})

test('the browser back button also keeps the list state and scroll position', async ({ page }) => {
  const listScroll = await openContactFromScrolledList(page)
  await page.goBack()
  await expectListRestored(page, listScroll)
})
