/**
 * A cold load of a list address: the boot module's requests (config.json, the first page's texts, the
 * page and the custom-field definitions) go out once each, and the texts do not wait for the app's code
 * or for config.json's answer.
 */
import { contactRows, expect, test } from './fixtures'

test('a cold load asks for config.json, the texts, the first page and the field definitions once each', async ({
  page,
}) => {
  // A slow config.json keeps the order certain: what waits for its answer starts after it arrived.
  await page.route('**/config.json', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 600))
    await route.continue()
  })
  await page.goto('/contacts?q=M&size=50')
  await expect(contactRows(page).first()).toBeVisible()

  const requests = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((entry) => entry instanceof PerformanceResourceTiming)
      .map((entry) => ({ url: new URL(entry.name), start: entry.startTime, end: entry.responseEnd })),
  )
  const matching = (test: (url: URL) => boolean) => requests.filter((request) => test(request.url))
  const config = matching((url) => url.pathname.endsWith('/config.json'))
  // The first page (the next page's prefetch carries a cursor).
  const list = matching(
    (url) =>
      url.pathname.endsWith('/api/v1/contacts') &&
      url.searchParams.get('page[size]') === '50' &&
      !url.searchParams.has('page[cursor]'),
  )
  const definitions = matching((url) => url.pathname.endsWith('/api/v1/custom-fields'))
  const texts = matching((url) => /\/assets\/first-page-[\w-]+\.js$/.test(url.pathname))

  expect(config).toHaveLength(1)
  expect(list).toHaveLength(1)
  expect(definitions).toHaveLength(1)
  expect(texts).toHaveLength(1)
  // The texts leave from the boot module at once; the list needs the API base config.json names.
  const configArrived = config[0]?.end ?? 0
  expect(texts[0]?.start).toBeLessThan(configArrived)
  expect(list[0]?.start).toBeGreaterThanOrEqual(configArrived)
})

test('the first page’s app chunk carries V8’s compile hint, the boot module does not', async ({
  request,
}) => {
  const html = await (await request.get('/contacts')).text()
  const app = /<link rel="modulepreload" crossorigin href="([^"]+)"/.exec(html)?.[1]
  const boot = /<script type="module" async crossorigin src="([^"]+)"/.exec(html)?.[1]
  expect(app, 'modulepreload link of the app chunk').toBeDefined()
  expect(boot, 'boot module script').toBeDefined()
  const firstLine = async (path: string | undefined) =>
    (await (await request.get(path ?? '')).text()).split('\n', 1)[0]
  expect(await firstLine(app)).toBe('//# allFunctionsCalledOnLoad')
  expect(await firstLine(boot)).not.toContain('allFunctionsCalledOnLoad')
})
