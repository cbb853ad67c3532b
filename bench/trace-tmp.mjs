import { chromium } from 'playwright-core'
import { CHROME_PATH, CHROMIUM_ARGS } from '../scripts/chromium-options.mjs'
import { writeFileSync } from 'node:fs'
import { startPreview, benchDist } from './lib/server.mjs'
import { openSession, result } from './lib/session.mjs'
const port = 5189
const url = process.argv[2] ?? '/contacts'
const server = await startPreview({ port, latencyMs: 80, outDir: process.env.OUT ?? benchDist })
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS })
try {
  const session = await openSession(browser)
  const { page, cdp } = session
  await page.addInitScript(() => {
    window.__marks = []
    new MutationObserver(() => {
      if (!window.__marks.some((m) => m[0] === 'row-in-dom') && document.querySelector('tbody tr a'))
        window.__marks.push(['row-in-dom', performance.now()])
      if (!window.__marks.some((m) => m[0] === 'skeleton') && document.querySelector('table'))
        window.__marks.push(['table-in-dom', performance.now()])
    }).observe(document, { subtree: true, childList: true })
  })
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
  await browser.startTracing(page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading'] })
  const t0 = Date.now()
  await page.goto(`http://127.0.0.1:${port}${url}`, { waitUntil: 'commit' })
  const load = await result(page, 'load', 'first row (cold)')
  await page.waitForTimeout(1500)
  const buf = await browser.stopTracing()
  const marks = await page.evaluate(() => window.__marks)
  const reqs = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => [e.name.split('/').pop().slice(0, 40), Math.round(e.startTime), Math.round(e.requestStart), Math.round(e.responseStart), Math.round(e.responseEnd), e.transferSize, e.encodedBodySize]))
  for (const r of reqs.filter((r) => r[1] < 1500)) console.log('   req', r.join(' '))
  const timeOrigin = await page.evaluate(() => performance.timeOrigin)
  writeFileSync('/tmp/tr/trace.json', buf)
  console.log('first row', Math.round(load.at), 'marks', JSON.stringify(marks.map(([n, t]) => [n, Math.round(t)])))
  const { traceEvents } = JSON.parse(buf.toString())
  const nav = traceEvents.find((e) => e.name === 'navigationStart' && e.args?.data?.isLoadingMainFrame) ?? traceEvents.find((e) => e.name === 'navigationStart')
  const base = nav.ts
  // main renderer thread: thread with most RunTask durations in renderer
  const names = new Set(['RunTask'])
  const byThread = new Map()
  for (const e of traceEvents) if (e.name === 'RunTask' && e.ph === 'X') byThread.set(`${e.pid}:${e.tid}`, (byThread.get(`${e.pid}:${e.tid}`) ?? 0) + e.dur)
  const threadNames = new Map(traceEvents.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args.name]))
  const main = [...byThread].filter(([k]) => threadNames.get(k) === 'CrRendererMain').sort((a, b) => b[1] - a[1])[0][0]
  const ev = traceEvents.filter((e) => `${e.pid}:${e.tid}` === main && e.ph === 'X' && e.dur > 0).sort((a, b) => a.ts - b.ts)
  const interesting = new Set(['EvaluateScript', 'v8.compile', 'FunctionCall', 'UpdateLayoutTree', 'Layout', 'Paint', 'PrePaint', 'Layerize', 'ParseHTML', 'ParseAuthorStyleSheet', 'TimerFire', 'FireAnimationFrame', 'EventDispatch', 'v8.evaluateModule', 'V8.GCScavenger', 'MajorGC', 'MinorGC', 'Commit', 'ScheduleStyleRecalculation', 'HitTest', 'RunMicrotasks', 'v8.run', 'XHRReadyStateChange', 'ResourceReceivedData', 'ResourceFinish', 'Decode Image', 'Rasterize', 'UpdateLayer', 'PaintImage', 'IntersectionObserverController::computeIntersections', 'LocalFrameView::RunPostLifecycleSteps'])
  const tasks = ev.filter((e) => e.name === 'RunTask' && e.dur > 8000)
  for (const t of tasks) {
    const start = (t.ts - base) / 1000
    if (start > load.at + 50) break
    const inner = ev.filter((e) => e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur && e !== t && interesting.has(e.name))
    // top-level inner only
    const top = []
    for (const e of inner) if (!top.some((p) => e.ts >= p.ts && e.ts + e.dur <= p.ts + p.dur)) top.push(e)
    const sum = new Map()
    for (const e of top) { const k = e.name + (e.args?.data?.url ? ' ' + e.args.data.url.split('/').pop().slice(0, 30) : '') + (e.args?.data?.functionName ? ' ' + e.args.data.functionName : ''); sum.set(k, (sum.get(k) ?? 0) + e.dur / 1000) }
    console.log(`${start.toFixed(0).padStart(6)} task ${(t.dur / 1000).toFixed(0)} ms: ` + [...sum].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(' | '))
  }
  await session.close()
} finally { await browser.close(); await server.stop() }
