/** The longest task while 100 rows with every column render and scroll. */
import { BenchError, networkIdle, openSession, result } from './session.mjs'

/**
 * 100 rows with every column: the columns are switched on through the real column chooser (stored in
 * localStorage by the app), then the page is loaded again and long tasks are taken from the moment the
 * contact list's response arrived (not a later response, such as the next page's prefetch, which would
 * hide the rendering of the rows), through rendering and a scroll to the end.
 */
export async function bigTable(browser, baseUrl, cpuThrottleRate) {
  const session = await openSession(browser, { cpuThrottleRate: 1 })
  const { page, cdp } = session
  const out = { errors: [], cpuThrottleRate }
  const url = `${baseUrl}/contacts?size=100`
  try {
    await page.goto(url, { waitUntil: 'commit' })
    await result(page, 'load', 'long tasks: first row')
    await page.getByRole('button', { name: 'Columns', exact: true }).click({ timeout: 10_000 })
    const menu = page.getByRole('menu')
    await menu.waitFor({ timeout: 10_000 })
    const items = menu.getByRole('menuitemcheckbox')
    for (let index = 0; index < (await items.count()); index++)
      if ((await items.nth(index).getAttribute('aria-checked')) !== 'true') await items.nth(index).click()
    await page.keyboard.press('Escape')
    await networkIdle(session)

    await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottleRate })
    await page.reload({ waitUntil: 'commit' })
    const load = await result(page, 'load', 'long tasks: first row after reload')
    // Scrolling starts once all rows are there (or 20 s have passed), so the two phases are told apart.
    const allRowsAt = await page.evaluate(() =>
      window.__bench.whenCount('table[aria-label="Contacts"] tbody tr[tabindex]', 100, 20_000),
    )
    await networkIdle(session)
    // Counted in the page, not through locators: those inject Playwright's script (see whenCount).
    Object.assign(
      out,
      await page.evaluate(() => {
        const table = document.querySelector('table[aria-label="Contacts"]')
        return {
          columns: table?.querySelectorAll('thead th').length ?? 0,
          rows: table?.querySelectorAll('tbody tr[tabindex]').length ?? 0,
        }
      }),
    )
    const dataAt = await page.evaluate(
      (firstRowAt) =>
        performance
          .getEntriesByType('resource')
          .find((entry) => /\/api\/v1\/contacts\?/.test(entry.name) && entry.responseEnd <= firstRowAt)
          ?.responseEnd ?? 0,
      load.at,
    )
    out.dataToAllRowsMs = allRowsAt === null ? null : Math.round(allRowsAt - dataAt)
    const scrollStart = await page.evaluate(() => performance.now())
    await page.evaluate(
      () =>
        new Promise((resolve) => {
          const step = () => {
            window.scrollBy(0, 250)
            if (window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2) resolve()
            else requestAnimationFrame(step)
          }
          requestAnimationFrame(step)
        }),
    )
    await page.waitForTimeout(300)
    const tasks = await page.evaluate(() => window.__bench.longTasks)
    if (tasks === null) throw new BenchError('long tasks: this Chromium does not report longtask entries')
    const after = tasks.filter((task) => task.start + 1 >= dataAt)
    const render = after.filter((task) => task.start < scrollStart)
    const scroll = after.filter((task) => task.start >= scrollStart)
    out.renderLongestMs = Math.max(0, ...render.map((task) => task.duration))
    out.scrollLongestMs = Math.max(0, ...scroll.map((task) => task.duration))
    out.longestMs = Math.max(out.renderLongestMs, out.scrollLongestMs)
    out.renderTasksMs = render.map((task) => Math.round(task.duration))
    out.scrollTasksMs = scroll.map((task) => Math.round(task.duration))
  } catch (error) {
    out.errors.push(
      error instanceof BenchError
        ? error.message
        : `long tasks: ${error instanceof Error ? error.message : error}`,
    )
  } finally {
    out.problems = session.problems
    await session.close()
  }
  return out
}
