#!/usr/bin/env node
/**
 * Regenerates the screenshots the README shows (docs/screenshots/): the contact list at 1280 px in
 * English, light, on the built app (`dist/`, built first unless SKIP_BUILD=1) served by `vite preview`
 * with a freshly seeded emulator. `npm run screenshots`; SCREENSHOT_PORT (default 4190), CHROME_PATH.
 */
import { spawn, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium, screenshotPage } from './screenshot-page.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const port = process.env.SCREENSHOT_PORT ?? '4190'
const baseUrl = `http://localhost:${port}/`
/** File name under docs/screenshots/ → what it shows. */
const shots = [{ file: 'list.png', path: 'contacts', width: 1280, height: 800, lang: 'en' }]

if (process.env.SKIP_BUILD !== '1') {
  const build = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' })
  if (build.status !== 0) process.exit(build.status ?? 1)
}

// A state file of its own: the screenshots show the seed, never the developer's edited dev data.
const dataDir = mkdtempSync(join(tmpdir(), 'kanbert-screenshots-'))
const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', port, '--strictPort'],
  { cwd: root, env: { ...process.env, EMULATOR_DATA_FILE: join(dataDir, 'contacts.json') }, stdio: 'pipe' },
)
let serverLog = ''
server.stdout.on('data', (chunk) => (serverLog += String(chunk)))
server.stderr.on('data', (chunk) => (serverLog += String(chunk)))

async function waitForServer(timeoutMs = 30_000) {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (server.exitCode !== null) throw new Error(`vite preview exited early:\n${serverLog}`)
    try {
      if ((await fetch(baseUrl)).ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolveWait) => setTimeout(resolveWait, 200))
  }
  throw new Error(`vite preview did not answer on ${baseUrl}:\n${serverLog}`)
}

let browser
try {
  await waitForServer()
  browser = await launchChromium()
  for (const shot of shots) {
    await screenshotPage(browser, {
      ...shot,
      url: new URL(shot.path, baseUrl).toString(),
      file: join(root, 'docs', 'screenshots', shot.file),
      ready: async (page) => {
        await page.getByRole('table', { name: 'Contacts' }).locator('tbody tr a').first().waitFor()
        await page.waitForLoadState('networkidle')
      },
    })
  }
} finally {
  await browser?.close()
  server.kill()
  rmSync(dataDir, { recursive: true, force: true })
}
