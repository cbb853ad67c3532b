#!/usr/bin/env node
/**
 * Screenshots of running pages in headless Chromium, to look at the UI (a tool for us, not CI).
 *
 *   node scripts/screenshot.mjs <baseUrl> <outDir> [--paths /contacts,/contacts/new]
 *     [--width 1280] [--height 800] [--lang en|de] [--scheme light|dark] [--full-page]
 *
 * e.g. node scripts/screenshot.mjs http://localhost:5173 screenshots --lang de --scheme dark
 * --wait <ms> (default 800) waits after the network is idle. Files are named <path>-<lang>-<scheme>-<width>.png. CHROME_PATH overrides /usr/bin/chromium.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { launchChromium, screenshotPage } from './screenshot-page.mjs'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    paths: { type: 'string', default: '/contacts' },
    width: { type: 'string', default: '1280' },
    height: { type: 'string', default: '800' },
    lang: { type: 'string', default: 'en' },
    scheme: { type: 'string', default: 'light' },
    'full-page': { type: 'boolean', default: false },
    wait: { type: 'string', default: '800' },
  },
})
const [baseUrl, outDir] = positionals
if (!baseUrl || !outDir) {
  console.error(
    'usage: node scripts/screenshot.mjs <baseUrl> <outDir> [--paths a,b] [--width] [--height] [--lang] [--scheme]',
  )
  process.exit(2)
}
if (!['light', 'dark'].includes(values.scheme)) throw new Error('--scheme must be light or dark')

mkdirSync(outDir, { recursive: true })
const width = Number(values.width)
const browser = await launchChromium()
try {
  for (const path of values.paths.split(',')) {
    const slug = path.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9]+/gi, '-') || 'root'
    await screenshotPage(browser, {
      url: new URL(path.replace(/^\//, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString(),
      file: join(outDir, `${slug}-${values.lang}-${values.scheme}-${width}.png`),
      width,
      height: Number(values.height),
      lang: values.lang,
      scheme: values.scheme,
      fullPage: values['full-page'],
      ready: async (page) => {
        await page.waitForLoadState('networkidle')
        // Let debounced requests and transitions settle after the network went quiet.
        await page.waitForTimeout(Number(values.wait))
      },
    })
  }
} finally {
  await browser.close()
}
