import { expect, test } from 'vitest'
import { appUrl, setupBrowserPage } from './browser'

const page = setupBrowserPage()
const LIST_PATH = '/contacts?sort=-last_name&size=100'

const scrollY = async () => Number(await page().evaluate('window.scrollY'))

/** A sorted, long list, scrolled down, then a contact opened from the rows on screen. */
async function openContactFromScrolledList(): Promise<number> {
  await page().goto(appUrl(LIST_PATH))
  const contactLinks = page().getByRole('main').locator('a[href^="/contacts/"]:not([href$="/new"])')
  await contactLinks.nth(60).waitFor()
  await page().evaluate('window.scrollTo(0, 1800)')
  await expect.poll(scrollY).toBeGreaterThan(1000)
  const listScroll = await scrollY()
  const viewport = page().viewportSize()
  let target: string | null = null
  for (let index = 0; index < (await contactLinks.count()) && target === null; index++) {
    const box = await contactLinks.nth(index).boundingBox()
    if (box && viewport && box.y > 150 && box.y + box.height < viewport.height - 60) {
      target = await contactLinks.nth(index).getAttribute('href')
    }
  }
  if (target === null) throw new Error('no contact link on screen')
  await page().locator(`main a[href="${target}"]`).first().click()
  await page().waitForURL(appUrl(target))
  await page().getByRole('region', { name: 'Record' }).waitFor()
  return listScroll
}

async function expectListRestored(listScroll: number) {
  await page().waitForURL(appUrl(LIST_PATH))
  await expect.poll(async () => Math.abs((await scrollY()) - listScroll)).toBeLessThan(50)
}

test('"Back to list" returns to the sorted list at the same scroll position', async () => {
  const listScroll = await openContactFromScrolledList()
  // The detail opens at its top, not at the list's scroll position.
  expect(await scrollY()).toBe(0)
  await page().getByRole('link', { name: 'Back to list' }).click()
  await expectListRestored(listScroll)
})

test('the browser back button also keeps the list state and scroll position', async () => {
  const listScroll = await openContactFromScrolledList()
  await page().goBack()
  await expectListRestored(listScroll)
})
