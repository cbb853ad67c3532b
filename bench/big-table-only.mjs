#!/usr/bin/env node
/**
 * Only the 100-row long-task measurement of `npm run bench` (bench/lib/big-table.mjs), for working on
 * rendering speed: node bench/big-table-only.mjs [--runs N] [--skip-build] [--port N]
 */
import { chromium } from 'playwright-core'
import { CHROME_PATH, CHROMIUM_ARGS } from '../scripts/chromium-options.mjs'
import { bigTable } from './lib/big-table.mjs'
import { buildApp, startPreview } from './lib/server.mjs'
import { settings } from './lib/session.mjs'

const option = (name, fallback) => {
  const index = process.argv.indexOf(name)
  return index === -1 ? fallback : Number(process.argv[index + 1])
}
const runs = option('--runs', 3)
if (!process.argv.includes('--skip-build')) buildApp()
const server = await startPreview({ port: option('--port', 5186), latencyMs: 80 })
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS })
try {
  for (let run = 1; run <= runs; run++)
    for (const rate of [settings.cpuThrottleRate, 1]) {
      const out = await bigTable(browser, server.baseUrl, rate)
      console.log(JSON.stringify(out))
    }
} finally {
  await browser.close()
  await server.stop()
}
