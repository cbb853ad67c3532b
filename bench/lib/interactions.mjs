/**
 * Interaction to Next Paint at a page size: a cold load of /contacts?size=N, then sort, next page, a
 * search keystroke and opening a contact, each timed by the Event Timing entries (durationThreshold 16)
 * the page's probes collect. An interaction's figure is its slowest event entry; 0 means none took 16 ms.
 */
import { BenchError, firstRowName, networkIdle, openSession, result, timedClick } from './session.mjs'

export const INTERACTIONS = ['sort', 'nextPage', 'search', 'openContact']
const ROWS = 'table[aria-label="Contacts"] tbody tr[tabindex]'

const now = (page) => page.evaluate(() => performance.now())

/** The slowest interaction event since `from`, once the page has painted and reported it. */
async function worstEventSince(page, from) {
  await page.waitForTimeout(300)
  const events = await page.evaluate(() => window.__bench.events)
  if (events === null) throw new BenchError('INP: this Chromium does not report event timing entries')
  return Math.max(0, ...events.filter((entry) => entry.start >= from).map((entry) => entry.duration))
}

export async function interactions(browser, baseUrl, pageSize) {
  const session = await openSession(browser)
  const { page, cdp } = session
  const out = { errors: [], pageSize }
  const measure = async (name, fn) => {
    try {
      const from = await now(page)
      await fn()
      await networkIdle(session)
      out[name] = await worstEventSince(page, from)
    } catch (error) {
      out.errors.push(
        error instanceof BenchError
          ? error.message
          : `${name} (${pageSize} rows): ${error instanceof Error ? error.message : error}`,
      )
    }
  }
  try {
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.goto(`${baseUrl}/contacts?size=${pageSize}`, { waitUntil: 'commit' })
    out.firstRowMs = (await result(page, 'load', `first row (cold, ${pageSize} rows)`)).at
    const allRows = await page.evaluate(
      ([selector, count]) => window.__bench.whenCount(selector, count, 20_000),
      [ROWS, pageSize],
    )
    if (allRows === null) throw new BenchError(`INP: ${pageSize} rows not all shown within 20 s`)
    await networkIdle(session)
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false })
    const table = page.getByRole('table', { name: 'Contacts' })

    await measure('sort', async () => {
      await timedClick(page, {
        step: `INP sort (${pageSize} rows)`,
        id: 'sort',
        predicate: 'firstRowChanged',
        arg: await firstRowName(page),
        locator: page.getByRole('columnheader').getByRole('button', { name: 'Last name', exact: true }),
      })
    })
    await measure('nextPage', async () => {
      await timedClick(page, {
        step: `INP next page (${pageSize} rows)`,
        id: 'next',
        predicate: 'firstRowChanged',
        arg: await firstRowName(page),
        locator: page
          .getByRole('navigation', { name: 'Pages' })
          .getByRole('button', { name: 'Next', exact: true }),
      })
    })
    // Focused first (a click of its own), so only the keystroke is measured.
    const search = page.getByRole('searchbox')
    await search.click({ timeout: 10_000 })
    await measure('search', async () => {
      await page.keyboard.press('a')
      await page.waitForTimeout(600) // the debounce, then the list follows the URL
    })
    await measure('openContact', async () => {
      const row = table.locator('tbody tr[tabindex]').first()
      const name = (await row.locator('a').first().textContent({ timeout: 10_000 }))?.trim()
      if (!name) throw new BenchError(`INP open contact (${pageSize} rows): the first row has no name link`)
      await row.locator('td').last().hover()
      await page.waitForTimeout(300)
      await timedClick(page, {
        step: `INP open contact (${pageSize} rows)`,
        id: 'detail',
        predicate: 'heading',
        arg: name,
        locator: row.locator('td').last(),
      })
    })
  } catch (error) {
    out.errors.push(
      error instanceof BenchError
        ? error.message
        : `INP (${pageSize} rows): ${error instanceof Error ? error.message : error}`,
    )
  } finally {
    out.problems = session.problems
    await session.close()
  }
  return out
}
