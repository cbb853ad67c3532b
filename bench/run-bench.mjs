#!/usr/bin/env node
/**
 * `npm run bench`: the performance benchmark (method and figures: docs/performance.md).
 *
 * 1. Builds the app into node_modules/.cache/bench-dist (BASE_PATH=/) and measures the bundle: the first page and each lazy
 *    chunk, raw/gzip/brotli (scripts/check-bundle-budget.mjs).
 * 2. Serves the build with `vite preview` on port 5185 and the API emulator answering after 80 ms.
 * 3. Drives headless Chromium (CPU throttled 4× through the DevTools protocol) through: cold load of
 *    /contacts to the first row, sort, next page, hover + open a row, Edit; JS heap after 20 pages; API
 *    requests of the first view; long tasks while 100 rows with all columns render and scroll.
 * 4. Prints a table of median/min/max and writes bench/results.json.
 *
 * Options: --runs N (default 5), --skip-build (reuse that build), --port N (default 5185).
 * Env: CHROME_PATH (default /usr/bin/chromium). Exit code 1 when a step failed (named in the output).
 */
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { analyzeBundle, formatBundleTable } from '../scripts/check-bundle-budget.mjs'
import { bigTable } from './lib/big-table.mjs'
import { journey, paging } from './lib/journeys.mjs'
import { settings } from './lib/session.mjs'
import { benchDist, buildApp, root, startPreview } from './lib/server.mjs'
import { formatMetricsTable, summarize } from './lib/stats.mjs'
import { CHROME_PATH, CHROMIUM_ARGS } from '../scripts/chromium-options.mjs'

const option = (name, fallback) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}
const runs = option('--runs', 5)
const port = option('--port', 5185)
const LATENCY_MS = 80

const load = () => loadavg().map((value) => Math.round(value * 100) / 100)
const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model ?? 'unknown',
  loadBefore: load(),
  node: process.version,
}

if (!process.argv.includes('--skip-build')) {
  console.log(`bench: building into ${benchDist} …`)
  buildApp()
}
const bundle = analyzeBundle(benchDist)
console.log(`\n${formatBundleTable(bundle)}\n`)

console.log(
  `bench: vite preview on port ${port}, emulator latency ${LATENCY_MS} ms, CPU throttle ${settings.cpuThrottleRate}×, ${runs} runs`,
)
const server = await startPreview({ port, latencyMs: LATENCY_MS })
let browser
const journeys = []
const heaps = []
const tables = { 4: [], 1: [] }
try {
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS })
  machine.chromium = browser.version()
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`run ${run}/${runs}: journey`)
    journeys.push(await journey(browser, server.baseUrl))
    process.stdout.write(', paging + heap')
    heaps.push(await paging(browser, server.baseUrl))
    process.stdout.write(', 100 rows × all columns')
    tables[4].push(await bigTable(browser, server.baseUrl, settings.cpuThrottleRate))
    tables[1].push(await bigTable(browser, server.baseUrl, 1))
    console.log(' — done')
  }
} finally {
  await browser?.close()
  server.stop()
}
machine.loadAfter = load()

const metric = (key, label, unit, values) => ({ key, label, unit, ...summarize(values) })
const metrics = [
  metric(
    'firstRowColdMs',
    'navigation start → first contact row (cold cache)',
    'ms',
    journeys.map((j) => j.firstRowMs),
  ),
  metric(
    'sortMs',
    'sort click ("Last name") → new first row',
    'ms',
    journeys.map((j) => j.sortMs),
  ),
  metric(
    'nextPageMs',
    '"Next" click → next page rows',
    'ms',
    journeys.map((j) => j.nextPageMs),
  ),
  metric(
    'openRowMs',
    'row click (after hover) → detail name heading',
    'ms',
    journeys.map((j) => j.openRowMs),
  ),
  metric(
    'editMs',
    'Edit click → "First name" field',
    'ms',
    journeys.map((j) => j.editMs),
  ),
  metric(
    'pageMs',
    '"Next" click → rows, pages 1–20 (all runs)',
    'ms',
    heaps.flatMap((h) => h.pageTimesMs ?? []),
  ),
  metric(
    'heapStartMb',
    'JS heap after GC, first page',
    'MB',
    heaps.map((h) => h.heapStartMb),
  ),
  metric(
    'heapAfterPagingMb',
    'JS heap after GC, after 20 pages',
    'MB',
    heaps.map((h) => h.heapAfterMb),
  ),
  metric(
    'apiRequestsFirstView',
    'API requests until first view idle',
    'count',
    journeys.map((j) => j.apiRequests),
  ),
  metric(
    'renderLongTasks4x',
    'long tasks > 50 ms, 100 rows render (4×)',
    'count',
    tables[4].map((t) => t.renderLongTasks),
  ),
  metric(
    'renderLongestMs4x',
    'longest task, 100 rows render (4×)',
    'ms',
    tables[4].map((t) => t.renderLongestMs),
  ),
  metric(
    'scrollLongTasks4x',
    'long tasks > 50 ms, scrolling 100 rows (4×)',
    'count',
    tables[4].map((t) => t.scrollLongTasks),
  ),
  metric(
    'scrollLongestMs4x',
    'longest task, scrolling 100 rows (4×)',
    'ms',
    tables[4].map((t) => t.scrollLongestMs),
  ),
  metric(
    'allRowsMs4x',
    'data → all 100 rows mounted (4×)',
    'ms',
    tables[4].map((t) => t.dataToAllRowsMs),
  ),
  metric(
    'renderLongTasks1x',
    'long tasks > 50 ms, 100 rows render (1×)',
    'count',
    tables[1].map((t) => t.renderLongTasks),
  ),
  metric(
    'renderLongestMs1x',
    'longest task, 100 rows render (1×)',
    'ms',
    tables[1].map((t) => t.renderLongestMs),
  ),
  metric(
    'scrollLongTasks1x',
    'long tasks > 50 ms, scrolling 100 rows (1×)',
    'count',
    tables[1].map((t) => t.scrollLongTasks),
  ),
]

const errors = [...new Set([...journeys, ...heaps, ...tables[4], ...tables[1]].flatMap((one) => one.errors))]
const problems = [
  ...new Set([...journeys, ...heaps, ...tables[4], ...tables[1]].flatMap((one) => one.problems ?? [])),
]
const observations = {
  apiRequestsFirstView: journeys[0]?.apiRequestList ?? [],
  detailPrefetchedOnHover: journeys.map((j) => j.prefetched ?? null),
  detailShowedSpinnerOrSkeleton: journeys.map((j) => j.detailBusySeen ?? null),
  // Paging should keep the previous rows (no skeleton) until the next page is there.
  pagingShowedSkeleton: {
    journeyNextPage: journeys.map((j) => j.nextPageBusySeen ?? null),
    pagesWithSkeletonOf20: heaps.map((h) => h.pagesWithSkeleton ?? null),
  },
  bigTable: { columns: tables[4][0]?.columns ?? null, rows: tables[4][0]?.rows ?? null },
}

console.log(`\n${formatMetricsTable(metrics)}`)
console.log(`\nAPI requests of the first view: ${observations.apiRequestsFirstView.join(', ') || '—'}`)
console.log(
  `Detail prefetched on hover: ${observations.detailPrefetchedOnHover.join(', ')}; spinner/skeleton seen: ${observations.detailShowedSpinnerOrSkeleton.join(', ')}`,
)
console.log(
  `Skeleton while paging: journey "Next" ${observations.pagingShowedSkeleton.journeyNextPage.join(', ')}; pages of 20 ${observations.pagingShowedSkeleton.pagesWithSkeletonOf20.join(', ')}`,
)
console.log(`Big table: ${observations.bigTable.columns} header cells, ${observations.bigTable.rows} rows`)
console.log(
  `Machine: ${machine.cpus} × ${machine.cpuModel}; load average before ${machine.loadBefore.join(' ')}, after ${machine.loadAfter.join(' ')}; Chromium ${machine.chromium ?? '?'}`,
)

const results = {
  measuredAt: new Date().toISOString(),
  settings: { ...settings, emulatorLatencyMs: LATENCY_MS, runs, port },
  machine,
  bundle,
  metrics,
  observations,
  errors,
  pageProblems: problems,
}
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log('\nWrote bench/results.json')

if (problems.length > 0) console.warn(`\nThe page reported errors:\n  ${problems.join('\n  ')}`)
if (errors.length > 0) {
  console.error(`\nBENCH STEPS FAILED:\n  ${errors.join('\n  ')}`)
  process.exit(1)
}
