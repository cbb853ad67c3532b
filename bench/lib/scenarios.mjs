/**
 * The measured user journeys. Each returns plain numbers; a step that cannot be done throws a BenchError
 * naming the step, so a missing screen or a changed label shows up as such rather than as a hang.
 */
import { installProbes } from './page-probes.mjs'

export class BenchError extends Error {}

const STEP_TIMEOUT_MS = 20_000

export const settings = {
  cpuThrottleRate: 4,
  viewport: { width: 1280, height: 800 },
  locale: 'en-US',
}

/** A fresh context (empty cache, storage and cookies) with the probes, CPU throttling and request log. */
export async function openSession(browser, { cpuThrottleRate = settings.cpuThrottleRate, storage } = {}) {
  const context = await browser.newContext({ viewport: settings.viewport, locale: settings.locale, colorScheme: 'light' })
  if (storage) await context.addInitScript(storage.script, storage.arg)
  await context.addInitScript(installProbes)
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuThrottleRate })
  await cdp.send('Network.enable')
  await cdp.send('Performance.enable')

  const network = { inflight: new Set(), lastChange: Date.now(), api: [] }
  page.on('request', (request) => {
    network.inflight.add(request)
    network.lastChange = Date.now()
    const url = new URL(request.url())
    if (url.pathname.includes('/api/v1/')) network.api.push(`${request.method()} ${url.pathname}${url.search}`)
  })
  const settle = (request) => {
    network.inflight.delete(request)
    network.lastChange = Date.now()
  }
  page.on('requestfinished', settle)
  page.on('requestfailed', settle)
  const problems = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on('console', (message) => message.type() === 'error' && problems.push(`console.error: ${message.text()}`))

  return { context, page, cdp, network, problems, close: () => context.close() }
}

async function withTimeout(promise, step, ms = STEP_TIMEOUT_MS) {
  let timer
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new BenchError(`${step}: nothing happened within ${ms / 1000} s`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** No request in flight for `quietMs` (the network-idle point the request count is taken at). */
export async function networkIdle(session, quietMs = 500, maxMs = 15_000) {
  const deadline = Date.now() + maxMs
  while (Date.now() < deadline) {
    if (session.network.inflight.size === 0 && Date.now() - session.network.lastChange >= quietMs) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new BenchError(`network idle: requests still running after ${maxMs / 1000} s`)
}

const armed = (page, id, name, arg) => page.evaluate(([i, n, a]) => window.__bench.arm(i, n, a), [id, name, arg])
const result = (page, id, step) => withTimeout(page.evaluate((i) => window.__bench.result(i), id), step)

/** Clicks and returns ms from the click event to the first frame in which the armed predicate held. */
async function timedClick(page, { step, id, predicate, arg, locator }) {
  await armed(page, id, predicate, arg)
  try {
    await locator.click({ timeout: 10_000 })
  } catch (error) {
    throw new BenchError(`${step}: could not click (${error instanceof Error ? error.message.split('\n')[0] : error})`)
  }
  const outcome = await result(page, id, step)
  if (outcome.click === null) throw new BenchError(`${step}: no click event reached the page`)
  return { ms: outcome.at - outcome.click, busySeen: outcome.busySeen }
}

const firstRowName = (page) => page.evaluate(() => window.__bench.firstRowName())

/**
 * Cold start and the everyday interactions, in one session as a user would do them:
 * load /contacts (cache disabled) → sort by last name → next page → hover and open a row → Edit.
 */
export async function journey(browser, baseUrl) {
  const session = await openSession(browser)
  const { page, cdp } = session
  const out = { errors: [] }
  try {
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await page.goto(`${baseUrl}/contacts`, { waitUntil: 'commit' })
    const load = await result(page, 'load', 'first row (cold)')
    out.firstRowMs = load.at
    await networkIdle(session)
    out.apiRequests = session.network.api.length
    out.apiRequestList = [...session.network.api]
    // Only the first load is cold; the interactions run with the browser cache as a user has it.
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false })

    const table = page.getByRole('table', { name: 'Contacts' })
    const step = async (name, fn) => {
      try {
        await fn()
        await networkIdle(session)
      } catch (error) {
        out.errors.push(error instanceof BenchError ? error.message : `${name}: ${error instanceof Error ? error.message : error}`)
      }
    }

    await step('sort', async () => {
      const before = await firstRowName(page)
      const locator = page.getByRole('columnheader').getByRole('button', { name: 'Last name', exact: true })
      out.sortMs = (await timedClick(page, { step: 'sort "Last name"', id: 'sort', predicate: 'firstRowChanged', arg: before, locator })).ms
    })

    await step('next page', async () => {
      const before = await firstRowName(page)
      const locator = page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Next', exact: true })
      out.nextPageMs = (await timedClick(page, { step: 'next page', id: 'next', predicate: 'firstRowChanged', arg: before, locator })).ms
    })

    await step('open row', async () => {
      const row = table.locator('tbody tr').nth(2)
      const link = row.locator('a').first()
      const name = (await link.textContent({ timeout: 5000 }))?.trim()
      const href = await link.getAttribute('href')
      const id = href?.split('/').pop()
      if (!name || !id) throw new BenchError('open row: the third row has no name link')
      // Hover first, as a user's pointer does on its way to the click; give the prefetch its time.
      const prefetch = page
        .waitForResponse((response) => new URL(response.url()).pathname.endsWith(`/api/v1/contacts/${id}`), { timeout: 5000 })
        .then(() => true)
        .catch(() => false)
      await row.locator('td').last().hover()
      out.prefetched = await prefetch
      await page.waitForTimeout(300)
      const opened = await timedClick(page, {
        step: 'open row → detail heading',
        id: 'detail',
        predicate: 'heading',
        arg: name,
        locator: row.locator('td').last(),
      })
      out.openRowMs = opened.ms
      out.detailBusySeen = opened.busySeen
    })

    await step('edit', async () => {
      const locator = page.getByRole('main').getByRole('link', { name: 'Edit', exact: true })
      if ((await locator.count()) === 0) throw new BenchError('edit: no "Edit" link on the detail page')
      out.editMs = (await timedClick(page, { step: 'Edit → "First name" field', id: 'edit', predicate: 'fieldLabelled', arg: 'First name', locator })).ms
    })
  } catch (error) {
    out.errors.push(error instanceof BenchError ? error.message : `journey: ${error instanceof Error ? error.message : error}`)
  } finally {
    out.problems = session.problems
    await session.close()
  }
  return out
}

async function heapMb(cdp) {
  await cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await cdp.send('Performance.getMetrics')
  const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')
  if (!used) throw new BenchError('heap: Performance.getMetrics has no JSHeapUsedSize')
  return used.value / 1e6
}

/** JS heap (after a forced GC) on the first page and after paging forward through 20 pages. */
export async function paging(browser, baseUrl, pages = 20) {
  const session = await openSession(browser)
  const { page, cdp } = session
  const out = { errors: [] }
  try {
    await page.goto(`${baseUrl}/contacts`, { waitUntil: 'commit' })
    await result(page, 'load', 'heap: first row')
    await networkIdle(session)
    out.heapStartMb = await heapMb(cdp)
    const next = page.getByRole('navigation', { name: 'Pages' }).getByRole('button', { name: 'Next', exact: true })
    const times = []
    for (let index = 1; index <= pages; index++) {
      const before = await firstRowName(page)
      const step = `heap: next page ${index} of ${pages}`
      times.push((await timedClick(page, { step, id: `page${index}`, predicate: 'firstRowChanged', arg: before, locator: next })).ms)
      await networkIdle(session, 200)
    }
    out.pageTimesMs = times
    out.heapAfterMb = await heapMb(cdp)
  } catch (error) {
    out.errors.push(error instanceof BenchError ? error.message : `heap: ${error instanceof Error ? error.message : error}`)
  } finally {
    out.problems = session.problems
    await session.close()
  }
  return out
}

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
    out.errors.push(error instanceof BenchError ? error.message : `long tasks: ${error instanceof Error ? error.message : error}`)
  } finally {
    out.problems = session.problems
    await session.close()
  }
  return out
}
