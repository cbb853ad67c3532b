#!/usr/bin/env node
/**
 * `npm run bench`: our app and the react-admin peer, timed side by side (budgets and figures:
 * docs/performance.md).
 *
 * 1. Builds our app into node_modules/.cache/bench-dist (BASE_PATH=/) and measures its bundle
 *    (scripts/check-bundle-budget.mjs); builds the peer into node_modules/.cache/ra-peer unless cached.
 * 2. Serves ours with `vite preview` and the API emulator, the peer with its own server; both APIs answer
 *    after 80 ms.
 * 3. Each run, in headless Chromium with CPU throttled 4× (DevTools protocol), a fresh context (cold
 *    cache and storage) per session: our journey and the peer's, interleaved (first row, sort, next page;
 *    ours also opens a contact and its form); Interaction to Next Paint of sort, next page, a search
 *    keystroke and opening a contact at 30 and 100 rows a page; the longest task while 100 rows with every
 *    column render and scroll.
 * 4. Prints ours against the peer (medians, ratio, goal), INP and the longest task against their budgets,
 *    and writes bench/results.json (git-ignored).
 *
 * Options: --runs N (default 5), --skip-build (reuse our last build), --port N (default 5185; the peer
 * takes a free port), --heap (also: JS heap after paging 20 pages).
 * Env: CHROME_PATH (default /usr/bin/chromium), PEER_DIR (default ../shared/peers/react-admin).
 * Exit code 1 when a step failed (named in the output), 2 on a bad option.
 */
import { writeFileSync } from 'node:fs'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { chromium } from 'playwright-core'
import { analyzeBundle, formatBundleTable } from '../scripts/check-bundle-budget.mjs'
import { CHROME_PATH, CHROMIUM_ARGS } from '../scripts/chromium-options.mjs'
import { bigTable } from './lib/big-table.mjs'
import { interactions, INTERACTIONS } from './lib/interactions.mjs'
import { journey, paging } from './lib/journeys.mjs'
import { ensurePeerBuild, startPeerServer } from './lib/peer.mjs'
import { peerJourney } from './lib/peer-journey.mjs'
import { settings } from './lib/session.mjs'
import { benchDist, buildApp, root, startPreview } from './lib/server.mjs'
import { formatMetricsTable, formatTable, formatValue, summarize, within } from './lib/stats.mjs'

const option = (name, fallback) => {
  const index = process.argv.indexOf(name)
  if (index === -1) return fallback
  const value = Number(process.argv[index + 1])
  if (!Number.isInteger(value) || value < 1) {
    console.error(`bench: ${name} needs a positive whole number`)
    process.exit(2)
  }
  return value
}
const runs = option('--runs', 5)
const port = option('--port', 5185)
const withHeap = process.argv.includes('--heap')
const LATENCY_MS = 80
const PAGE_SIZES = [30, 100]
const GOAL_RATIO = 0.5
const INP_BUDGET_MS = 200
const LONGEST_TASK_BUDGET_MS = 200

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
const peerDist = ensurePeerBuild()

console.log(
  `bench: ours on port ${port}, API latency ${LATENCY_MS} ms, CPU throttle ${settings.cpuThrottleRate}×, ${runs} runs`,
)
const server = await startPreview({ port, latencyMs: LATENCY_MS })
let peer
let browser
const ours = []
const peers = []
const inp = Object.fromEntries(PAGE_SIZES.map((size) => [size, []]))
const tables = []
const heaps = []
try {
  peer = await startPeerServer({ dist: peerDist, latencyMs: LATENCY_MS })
  machine.serversFavoured = server.favoured && peer.favoured
  console.log(
    `bench: servers ${machine.serversFavoured ? 'run at a higher priority than the browser' : 'at normal priority (not root): API answers may wait for the CPU'}`,
  )
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS })
  machine.chromium = browser.version()
  for (let run = 1; run <= runs; run++) {
    process.stdout.write(`run ${run}/${runs}: ours`)
    ours.push(await journey(browser, server.baseUrl))
    process.stdout.write(', react-admin')
    peers.push(await peerJourney(browser, peer))
    for (const size of PAGE_SIZES) {
      process.stdout.write(`, INP ${size} rows`)
      inp[size].push(await interactions(browser, server.baseUrl, size))
    }
    process.stdout.write(', 100 rows × all columns')
    tables.push(await bigTable(browser, server.baseUrl, settings.cpuThrottleRate))
    if (withHeap) {
      process.stdout.write(', paging + heap')
      heaps.push(await paging(browser, server.baseUrl))
    }
    console.log(' — done')
  }
} finally {
  await browser?.close()
  await peer?.close()
  server.stop()
}
machine.loadAfter = load()

const ms = (value) => formatValue(value, 'ms')
const ratioOf = (a, b) => (a === null || b === null || b === 0 ? null : a / b)

const sideBySide = [
  ['firstRowMs', 'first row (cold)'],
  ['sortMs', 'sort "Last name"'],
  ['nextPageMs', 'next page'],
].map(([key, label]) => {
  const mine = summarize(ours.map((one) => one[key]))
  const theirs = summarize(peers.map((one) => one[key]))
  const ratio = ratioOf(mine.median, theirs.median)
  return {
    key,
    label,
    ours: mine,
    peer: theirs,
    ratio,
    goal: GOAL_RATIO,
    met: ratio !== null && ratio <= GOAL_RATIO,
  }
})

const inpResults = INTERACTIONS.flatMap((name) =>
  PAGE_SIZES.map((size) => {
    const values = inp[size].map((one) => one[name])
    const summary = summarize(values)
    return {
      interaction: name,
      pageSize: size,
      ...summary,
      withinBudget: within(values, INP_BUDGET_MS),
      met: summary.median !== null && summary.median <= INP_BUDGET_MS,
    }
  }),
)
const firstRowBySize = PAGE_SIZES.map((size) => ({
  pageSize: size,
  ...summarize(inp[size].map((one) => one.firstRowMs)),
}))
const longest = summarize(tables.map((one) => one.longestMs))
const longestTask = {
  ...longest,
  render: summarize(tables.map((one) => one.renderLongestMs)),
  scroll: summarize(tables.map((one) => one.scrollLongestMs)),
  allRowsMs: summarize(tables.map((one) => one.dataToAllRowsMs)),
  withinBudget: within(
    tables.map((one) => one.longestMs),
    LONGEST_TASK_BUDGET_MS,
    true,
  ),
  met: longest.median !== null && longest.median < LONGEST_TASK_BUDGET_MS,
}

const yesNo = (met) => (met ? 'met' : 'NOT met')
console.log(
  `\nSide by side with react-admin (median of ${runs} runs each, interleaved; goal ≤ ${GOAL_RATIO}×):`,
)
console.log(
  formatTable([
    ['metric', 'ours', 'react-admin', 'ours/peer', 'goal'],
    ...sideBySide.map((row) => [
      row.label,
      ms(row.ours.median),
      ms(row.peer.median),
      row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`,
      yesNo(row.met),
    ]),
  ]),
)

const inpLabels = {
  sort: 'sort click',
  nextPage: 'next page',
  search: 'search keystroke',
  openContact: 'open a contact',
}
const inpValue = (value) => (value === 0 ? '< 16 ms' : ms(value))
console.log(
  `\nInteraction to Next Paint at ${settings.cpuThrottleRate}× (worst event of the interaction; budget ≤ ${INP_BUDGET_MS} ms on the median):`,
)
console.log(
  formatTable([
    ['interaction', 'rows', 'median', 'max', `≤ ${INP_BUDGET_MS} ms`, 'budget'],
    ...inpResults.map((row) => [
      inpLabels[row.interaction],
      String(row.pageSize),
      inpValue(row.median),
      inpValue(row.max),
      `${row.withinBudget}/${row.runs}`,
      yesNo(row.met),
    ]),
  ]),
)
console.log(
  `First row (cold) at ${firstRowBySize.map((row) => `${row.pageSize} rows ${ms(row.median)}`).join(', ')} (medians)`,
)
console.log(
  `\nLongest task, 100 rows × all columns at ${settings.cpuThrottleRate}× (render and scroll; budget < ${LONGEST_TASK_BUDGET_MS} ms): ` +
    `median ${ms(longestTask.median)}, max ${ms(longestTask.max)}, under budget in ${longestTask.withinBudget}/${longestTask.runs} runs — ${yesNo(longestTask.met)}` +
    ` (render ${ms(longestTask.render.median)}, scroll ${ms(longestTask.scroll.median)}; data → all rows ${ms(longestTask.allRowsMs.median)})`,
)

const otherMetrics = [
  {
    label: 'ours: row click (after hover) → detail heading',
    unit: 'ms',
    values: ours.map((one) => one.openRowMs),
  },
  { label: 'ours: Edit click → "First name" field', unit: 'ms', values: ours.map((one) => one.editMs) },
  {
    label: 'ours: API requests until first view idle',
    unit: 'count',
    values: ours.map((one) => one.apiRequests),
  },
  ...(withHeap
    ? [
        {
          label: 'ours: "Next" → rows, pages 1–20',
          unit: 'ms',
          values: heaps.flatMap((h) => h.pageTimesMs ?? []),
        },
        { label: 'ours: JS heap after GC, first page', unit: 'MB', values: heaps.map((h) => h.heapStartMb) },
        {
          label: 'ours: JS heap after GC, after 20 pages',
          unit: 'MB',
          values: heaps.map((h) => h.heapAfterMb),
        },
      ]
    : []),
].map((metric) => ({ ...metric, ...summarize(metric.values) }))
console.log(`\n${formatMetricsTable(otherMetrics)}`)
console.log(`API requests of our first view: ${ours[0]?.apiRequestList?.join(', ') || '—'}`)
console.log(
  `Detail prefetched on hover: ${ours.map((j) => j.prefetched ?? null).join(', ')}; spinner/skeleton seen: ${ours.map((j) => j.detailBusySeen ?? null).join(', ')}; skeleton while paging: ${ours.map((j) => j.nextPageBusySeen ?? null).join(', ')}`,
)
console.log(
  `Machine: ${machine.cpus} × ${machine.cpuModel}; load average before ${machine.loadBefore.join(' ')}, after ${machine.loadAfter.join(' ')}; Chromium ${machine.chromium ?? '?'}`,
)

const everything = [...ours, ...peers, ...PAGE_SIZES.flatMap((size) => inp[size]), ...tables, ...heaps]
const errors = [...new Set(everything.flatMap((one) => one.errors))]
const problems = [...new Set(everything.flatMap((one) => one.problems ?? []))]
const results = {
  measuredAt: new Date().toISOString(),
  settings: { ...settings, apiLatencyMs: LATENCY_MS, runs, port, pageSizes: PAGE_SIZES },
  machine,
  bundle,
  sideBySide,
  inp: inpResults,
  firstRowBySize,
  longestTask,
  other: otherMetrics,
  raw: { ours, peer: peers, inp, tables, heaps },
  errors,
  pageProblems: problems,
}
writeFileSync(join(root, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log('\nWrote bench/results.json')

if (problems.length > 0) console.warn(`\nThe pages reported errors:\n  ${problems.join('\n  ')}`)
if (errors.length > 0) {
  console.error(`\nBENCH STEPS FAILED (${errors.length}):\n  ${errors.join('\n  ')}`)
  process.exit(1)
}
