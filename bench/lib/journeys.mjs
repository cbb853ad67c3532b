/** The everyday journey (cold load, sort, paging, detail, edit) and the paging heap measurement. */
import { BenchError, firstRowName, networkIdle, openSession, result, timedClick } from './session.mjs'

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
        out.errors.push(
          error instanceof BenchError
            ? error.message
            : `${name}: ${error instanceof Error ? error.message : error}`,
        )
      }
    }

    await step('sort', async () => {
      const before = await firstRowName(page)
      const locator = page.getByRole('columnheader').getByRole('button', { name: 'Last name', exact: true })
      out.sortMs = (
        await timedClick(page, {
          step: 'sort "Last name"',
          id: 'sort',
          predicate: 'firstRowChanged',
          arg: before,
          locator,
        })
      ).ms
    })

    await step('next page', async () => {
      const before = await firstRowName(page)
      const locator = page
        .getByRole('navigation', { name: 'Pages' })
        .getByRole('button', { name: 'Next', exact: true })
      const turned = await timedClick(page, {
        step: 'next page',
        id: 'next',
        predicate: 'firstRowChanged',
        arg: before,
        locator,
      })
      out.nextPageMs = turned.ms
      out.nextPageBusySeen = turned.busySeen
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
        .waitForResponse((response) => new URL(response.url()).pathname.endsWith(`/api/v1/contacts/${id}`), {
          timeout: 5000,
        })
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
      out.editMs = (
        await timedClick(page, {
          step: 'Edit → "First name" field',
          id: 'edit',
          predicate: 'fieldLabelled',
          arg: 'First name',
          locator,
        })
      ).ms
    })
  } catch (error) {
    out.errors.push(
      error instanceof BenchError
        ? error.message
        : `journey: ${error instanceof Error ? error.message : error}`,
    )
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
    const next = page
      .getByRole('navigation', { name: 'Pages' })
      .getByRole('button', { name: 'Next', exact: true })
    const times = []
    for (let index = 1; index <= pages; index++) {
      const before = await firstRowName(page)
      const step = `heap: next page ${index} of ${pages}`
      const turned = await timedClick(page, {
        step,
        id: `page${index}`,
        predicate: 'firstRowChanged',
        arg: before,
        locator: next,
      })
      times.push(turned.ms)
      if (turned.busySeen) out.pagesWithSkeleton = (out.pagesWithSkeleton ?? 0) + 1
      await networkIdle(session, 200)
    }
    out.pageTimesMs = times
    out.pagesWithSkeleton ??= 0
    out.heapAfterMb = await heapMb(cdp)
  } catch (error) {
    out.errors.push(
      error instanceof BenchError ? error.message : `heap: ${error instanceof Error ? error.message : error}`,
    )
  } finally {
    out.problems = session.problems
    await session.close()
  }
  return out
}
