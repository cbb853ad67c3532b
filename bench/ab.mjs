#!/usr/bin/env node
/**
 * A/B of two builds of our app, interleaved (A B A B …), on what a user feels: first row (cold), INP of
 * sort, next page, search keystroke and opening a contact at 30 and 100 rows a page, and the longest task
 * while 100 rows × all columns render and scroll; all at 4× CPU, API +80 ms. Used to decide whether an
 * optimisation stays (docs/performance-log.md).
 *
 *   node bench/ab.mjs --a DIST_A --b DIST_B [--runs N] [--port N] [--first-row]
 * --first-row: only the cold first row (at /contacts, as the side-by-side measures it), a few seconds a run.
 * Build each with `npx vite build --outDir DIR` (BASE_PATH=/; see bench/lib/server.mjs). Both are served
 * with `vite preview` and the emulator, on --port (default 5187) and the port after it.
 */
import { resolve } from 'node:path'
import { chromium } from 'playwright-core'
import { CHROME_PATH, CHROMIUM_ARGS } from '../scripts/chromium-options.mjs'
import { bigTable } from './lib/big-table.mjs'
import { interactions, INTERACTIONS } from './lib/interactions.mjs'
import { openSession, result, settings } from './lib/session.mjs'
import { startPreview } from './lib/server.mjs'
import { formatTable, formatValue, summarize } from './lib/stats.mjs'

const argument = (name) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? undefined : process.argv[index + 1]
}
const dists = { A: argument('--a'), B: argument('--b') }
if (!dists.A || !dists.B) {
  console.error('usage: node bench/ab.mjs --a DIST_A --b DIST_B [--runs N] [--port N]')
  process.exit(2)
}
const runs = Number(argument('--runs') ?? 5)
const port = Number(argument('--port') ?? 5187)
const PAGE_SIZES = [30, 100]
const firstRowOnly = process.argv.includes('--first-row')

/** One cold load of /contacts: navigation → the first row painted (the side-by-side's first row). */
async function coldFirstRow(browser, baseUrl) {
  const session = await openSession(browser)
  try {
    await session.cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await session.page.goto(`${baseUrl}/contacts`, { waitUntil: 'commit' })
    return { firstRow: (await result(session.page, 'load', 'first row (cold)')).at }
  } finally {
    await session.close()
  }
}

const servers = {
  A: await startPreview({ port, latencyMs: 80, outDir: resolve(dists.A) }),
  B: await startPreview({ port: port + 1, latencyMs: 80, outDir: resolve(dists.B) }),
}
const samples = { A: [], B: [] }
const errors = []
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS })
try {
  for (let run = 1; run <= runs; run++) {
    for (const build of ['A', 'B']) {
      process.stdout.write(`run ${run}/${runs} ${build} `)
      if (firstRowOnly) {
        const sample = await coldFirstRow(browser, servers[build].baseUrl)
        samples[build].push(sample)
        console.log(JSON.stringify(sample))
        continue
      }
      const sample = {}
      for (const size of PAGE_SIZES) {
        const one = await interactions(browser, servers[build].baseUrl, size)
        errors.push(...one.errors.map((error) => `${build}: ${error}`))
        sample[`firstRow${size}`] = one.firstRowMs
        for (const name of INTERACTIONS) sample[`${name}${size}`] = one[name]
      }
      const table = await bigTable(browser, servers[build].baseUrl, settings.cpuThrottleRate)
      errors.push(...table.errors.map((error) => `${build}: ${error}`))
      sample.longestTask = table.longestMs
      sample.allRows = table.dataToAllRowsMs
      samples[build].push(sample)
      console.log(JSON.stringify(sample))
    }
  }
} finally {
  await browser.close()
  servers.A.stop()
  servers.B.stop()
}

const keys = Object.keys(samples.A[0] ?? {})
const cell = (build, key) => {
  const summary = summarize(samples[build].map((sample) => sample[key]))
  return `${formatValue(summary.median, 'ms')} (${formatValue(summary.min, 'ms')}–${formatValue(summary.max, 'ms')})`
}
console.log(`\nmedian (min–max) of ${runs} runs each, interleaved; A = ${dists.A}, B = ${dists.B}`)
console.log(formatTable([['metric', 'A', 'B'], ...keys.map((key) => [key, cell('A', key), cell('B', key)])]))
if (errors.length > 0) {
  console.error(`\nSTEPS FAILED (${errors.length}):\n  ${errors.join('\n  ')}`)
  process.exit(1)
}
