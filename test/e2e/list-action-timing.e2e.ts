/**
 * User actions that arrive while a typed search still waits for its debounce: each must land, in the URL
 * and on screen, however the click falls against the timer (a race only a browser's timing shows).
 */
import { columnHeader, contactRows, expect, test, urlParam } from './fixtures'

test('a sort click right after typing, or 200-300 ms later, keeps both the search and the sort', async ({
  page,
}) => {
  test.slow() // The CPU runs at a quarter of its speed.
  const both = () => {
    const params = new URL(page.url()).searchParams
    return [params.get('q'), params.get('sort')]
  }
  // A slower CPU widens the window in which the debounce fires while the click's render is under way.
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 })
  for (const pause of [0, 200, 250, 290]) {
    await page.goto('/contacts')
    await expect(contactRows(page).first()).toBeVisible()
    await page.getByRole('searchbox', { name: 'Search' }).pressSequentially('Köhler')
    await page.waitForTimeout(pause)
    // Held like a finger on a mouse: the debounce may fire between press and release.
    await page.getByRole('button', { name: 'Last name' }).click({ delay: 80 })

    // The pending search goes along with the sort, not after it.
    await expect(page).toHaveURL(urlParam('sort', 'last_name'))
    expect(both(), `after ${String(pause)} ms`).toEqual(['Köhler', 'last_name'])
    // And no late debounce overwrites the sort.
    await page.waitForTimeout(600)
    expect(both(), `a moment after ${String(pause)} ms`).toEqual(['Köhler', 'last_name'])
    await expect(columnHeader(page, /Last name/)).toHaveAttribute('aria-sort', 'ascending')
  }
})
