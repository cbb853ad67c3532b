#!/usr/bin/env node
/**
 * One cold load of /contacts at 4× CPU, printed as a timeline: every request (start → end), the long tasks,
 * and the frame the first row appeared in. For finding what the first row waits for (docs/performance.md).
 * Usage: node bench/timeline.mjs [--skip-build] [--runs N] [--profile]
 * --profile: an unminified build (node_modules/.cache/bench-dist-plain) and, per long task, the functions
 * that took most of it (self time from a CPU profile).
 */
import { chromium } from 'playwright-core'
import { CHROME_PATH, CHROMIUM_ARGS } from '../scripts/chromium-options.mjs'
import { writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildApp, root, startPreview, benchDist } from './lib/server.mjs'
import { openSession, result } from './lib/session.mjs'

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 1
const profile = process.argv.includes('--profile')
const outDir = profile ? join(root, 'node_modules', '.cache', 'bench-dist-plain') : benchDist
if (!process.argv.includes('--skip-build')) buildApp(outDir, profile ? ['--minify', 'false'] : [])
const port = 5188
const server = await startPreview({ port, latencyMs: 80, outDir })

/** Self time per function (name file:line) of the samples inside [start, end] (ms since navigation). */
function topFunctions(cpuProfile, offsetMs, start, end, count = 8) {
  const nodes = new Map(cpuProfile.nodes.map((node) => [node.id, node]))
  const self = new Map()
  let time = cpuProfile.startTime / 1000 - offsetMs
  cpuProfile.samples.forEach((id, index) => {
    time += (cpuProfile.timeDeltas[index] ?? 0) / 1000
    if (time < start || time > end) return
    const { functionName, url, lineNumber } = nodes.get(id).callFrame
    const key = `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`
    self.set(key, (self.get(key) ?? 0) + (cpuProfile.timeDeltas[index] ?? 0) / 1000)
  })
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, count)
}
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS })
try {
  for (let run = 0; run < runs; run++) {
    const session = await openSession(browser)
    const { page, cdp } = session
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    // The CPU profile's clock is the monotonic one of DevTools' network events: the main chunk's request
    // start in both clocks aligns it with performance.now().
    const sent = new Map()
    cdp.on('Network.requestWillBeSent', ({ request, timestamp }) => {
      if (!sent.has(request.url)) sent.set(request.url, timestamp * 1000)
    })
    if (profile) {
      await cdp.send('Profiler.enable')
      await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
      await cdp.send('Profiler.start')
    }
    await page.goto(`http://127.0.0.1:${port}/contacts`, { waitUntil: 'commit' })
    const shell = page.evaluate(() => window.__bench.whenCount('header a', 1, 20000))
    const table = page.evaluate(() => window.__bench.whenCount('table[aria-label="Contacts"]', 1, 20000))
    const load = await result(page, 'load', 'first row (cold)')
    await page.waitForTimeout(3000)
    const { requests, tasks } = await page.evaluate(() => ({
      requests: performance
        .getEntriesByType('resource')
        .map((entry) => ({ name: entry.name, start: entry.startTime, end: entry.responseEnd })),
      tasks: window.__bench.longTasks.map((task) => ({ start: task.start, duration: task.duration })),
    }))
    const cpuProfile = profile ? (await cdp.send('Profiler.stop')).profile : null
    if (cpuProfile) {
      const file = join(tmpdir(), `kanbert-timeline-${run + 1}.cpuprofile`)
      writeFileSync(file, JSON.stringify(cpuProfile))
      console.log(`CPU profile: ${file} (open in Chromium's DevTools, Performance panel)`)
    }
    const anchor = requests.find((r) => sent.has(r.name))
    const offsetMs = anchor ? sent.get(anchor.name) - anchor.start : 0
    console.log('OFFSET', offsetMs)
    const events = [
      ...requests.map((r) => ({
        at: r.start,
        text: `request ${new URL(r.name).pathname.replace(/^.*\/(assets|api\/v1)\//, '$1/').slice(0, 60)}${new URL(r.name).searchParams.has('page[cursor]') ? ' (cursor)' : ''} → ${Math.round(r.end)}`,
      })),
      ...tasks.map((t) => ({
        at: t.start,
        text: `long task ${Math.round(t.duration)} ms → ${Math.round(t.start + t.duration)}`,
      })),
      { at: await shell, text: '*** app bar painted' },
      { at: await table, text: '*** table (skeleton) painted' },
      { at: load.at, text: '*** first row painted' },
    ].sort((a, b) => a.at - b.at)
    console.log(`\nrun ${run + 1}: first row ${Math.round(load.at)} ms`)
    for (const event of events) console.log(`${String(Math.round(event.at)).padStart(6)}  ${event.text}`)
    if (cpuProfile) {
      const windows = (process.env.WIN ?? '').split(',').filter(Boolean).map((w) => w.split('-').map(Number))
      for (const [a, b] of windows) {
        console.log(`\nwindow ${a}-${b}:`)
        for (const [name, ms] of topFunctions(cpuProfile, offsetMs, a, b, 25))
          console.log(`  ${String(Math.round(ms)).padStart(5)} ms  ${name}`)
      }
    }
    if (cpuProfile)
      for (const task of tasks.filter((t) => t.start < load.at + 100 && t.duration > 100)) {
        console.log(`\nlong task at ${Math.round(task.start)} (${Math.round(task.duration)} ms), self time:`)
        for (const [name, ms] of topFunctions(cpuProfile, offsetMs, task.start, task.start + task.duration))
          console.log(`  ${String(Math.round(ms)).padStart(5)} ms  ${name}`)
      }
    await session.close()
  }
} finally {
  await browser.close()
  await server.stop()
}
