import { chromium } from 'playwright-core'
import { CHROME_PATH, CHROMIUM_ARGS } from '../scripts/chromium-options.mjs'
import { startPreview } from './lib/server.mjs'
import { openSession, result } from './lib/session.mjs'
const [dist, ...urls] = process.argv.slice(2)
const server = await startPreview({ port: 5191, latencyMs: 80, outDir: dist })
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS })
const res = Object.fromEntries(urls.map((u) => [u, []]))
for (let i = 0; i < Number(process.env.RUNS ?? 6); i++)
  for (const url of urls) {
    const s = await openSession(browser)
    await s.cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
    await s.page.goto(`http://localhost:5191${url}`, { waitUntil: 'commit' })
    res[url].push(Math.round((await result(s.page, 'load', 'first row')).at))
    await s.close()
  }
for (const [u, v] of Object.entries(res)) { v.sort((a, b) => a - b); console.log(u, 'median', v[v.length >> 1], v.join(' ')) }
await browser.close(); server.stop()
