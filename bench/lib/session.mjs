/**
 * One measured browser session and the shared measuring steps. A step that cannot be done throws a
 * BenchError naming the step, so a missing screen or a changed label shows up as such, not as a hang.
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
export async function openSession(
  browser,
  { cpuThrottleRate = settings.cpuThrottleRate, probes = { app: 'ours' } } = {},
) {
  const context = await browser.newContext({
    viewport: settings.viewport,
    locale: settings.locale,
    colorScheme: 'light',
  })
  await context.addInitScript(installProbes, probes)
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
    if (url.pathname.startsWith('/api/')) network.api.push(`${request.method()} ${url.pathname}${url.search}`)
  })
  const settle = (request) => {
    network.inflight.delete(request)
    network.lastChange = Date.now()
  }
  page.on('requestfinished', settle)
  page.on('requestfailed', settle)
  const problems = []
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`))
  page.on(
    'console',
    (message) => message.type() === 'error' && problems.push(`console.error: ${message.text()}`),
  )

  return { context, page, cdp, network, problems, close: () => context.close() }
}

export async function withTimeout(promise, step, ms = STEP_TIMEOUT_MS) {
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

export const armed = (page, id, name, arg) =>
  page.evaluate(([i, n, a]) => window.__bench.arm(i, n, a), [id, name, arg])
export const result = (page, id, step) =>
  withTimeout(
    page.evaluate((i) => window.__bench.result(i), id),
    step,
  )

/** Clicks and returns ms from the click event to the first frame in which the armed predicate held. */
export async function timedClick(page, { step, id, predicate, arg, locator }) {
  await armed(page, id, predicate, arg)
  try {
    await locator.click({ timeout: 10_000 })
  } catch (error) {
    throw new BenchError(
      `${step}: could not click (${error instanceof Error ? error.message.split('\n')[0] : error})`,
    )
  }
  const outcome = await result(page, id, step)
  if (outcome.click === null) throw new BenchError(`${step}: no click event reached the page`)
  return { ms: outcome.at - outcome.click, busySeen: outcome.busySeen }
}

export const firstRowName = (page) => page.evaluate(() => window.__bench.firstRowName())
