/** Long tasks while 100 rows with every column render and scroll. */
import { BenchError, networkIdle, openSession, result } from './session.mjs'

/**
 * 100 rows with every column: the columns are switched on through the real column chooser (stored in
 * localStorage by the app), then the page is loaded again and long tasks (> 50 ms) are counted from the
 * moment the last API response before the first row arrived, through rendering and a scroll to the end.
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
    await networkIdle(session)
    out.columns = await page.getByRole('table', { name: 'Contacts' }).locator('thead th').count()
    out.rows = await page.getByRole('table', { name: 'Contacts' }).locator('tbody tr').count()
    const dataAt = await page.evaluate(
      (firstRowAt) =>
        Math.max(
          0,
          ...performance
            .getEntriesByType('resource')
            .filter((entry) => entry.name.includes('/api/v1/') && entry.responseEnd <= firstRowAt)
            .map((entry) => entry.responseEnd),
        ),
      load.at,
    )
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
    out.renderLongTasks = render.length
    out.renderLongestMs = Math.max(0, ...render.map((task) => task.duration))
    out.scrollLongTasks = scroll.length
    out.scrollLongestMs = Math.max(0, ...scroll.map((task) => task.duration))
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
