#!/usr/bin/env node
/**
 * `npm run test:e2e`: build, serve the build with `vite preview` (emulator included), run the Chromium
 * specs, stop the server. Without Chromium it fails in CI and only warns locally.
 *
 * Env: CHROME_PATH (default /usr/bin/chromium), E2E_SKIP_BUILD=1, E2E_PORT (default 4173),
 * TEST_REPORT_DIR (also write a JSON report), CI=true (missing Chromium is an error).
 * Extra arguments are passed to vitest (e.g. a spec file name).
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium'
const port = process.env.E2E_PORT || '4173'
const baseUrl = `http://localhost:${port}`

function banner(lines) {
  const bar = '!'.repeat(78)
  console.error(`\n${bar}\n${lines.map((line) => `!!  ${line}`).join('\n')}\n${bar}\n`)
}

if (!existsSync(chromePath)) {
  const lines = [
    `Chromium not found at ${chromePath}.`,
    'Install it with:  apt-get update && apt-get install -y chromium',
    'or point CHROME_PATH at a Chrome/Chromium binary.',
  ]
  if (process.env.CI === 'true') {
    banner(['E2E TESTS FAILED: no browser.', ...lines])
    process.exit(1)
  }
  banner(['E2E TESTS WERE SKIPPED. Nothing was checked in a browser.', ...lines])
  process.exit(0)
}

if (process.env.E2E_SKIP_BUILD !== '1') {
  // The specs address the app at the root, whatever BASE_PATH the caller's environment has.
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, BASE_PATH: '/' },
    },
  )
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--port', port, '--strictPort'],
  { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, BASE_PATH: '/' } },
)
let serverLog = ''
server.stdout.on('data', (chunk) => (serverLog += chunk))
server.stderr.on('data', (chunk) => (serverLog += chunk))
let serverExited = false
server.on('exit', () => (serverExited = true))

function stopServer() {
  if (!serverExited) server.kill('SIGTERM')
}
process.on('exit', stopServer)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopServer()
    process.exit(130)
  })
}

async function waitForServer(timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (serverExited) throw new Error(`vite preview exited early:\n${serverLog}`)
    try {
      const response = await fetch(`${baseUrl}/`)
      if (response.ok) return
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`vite preview did not answer on ${baseUrl} within ${timeoutMs} ms:\n${serverLog}`)
}

let exitCode = 1
try {
  await waitForServer(30_000)
  // Async on purpose: a blocking spawnSync would stop us draining the server's output pipes.
  const specs = spawn(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
    { cwd: root, stdio: 'inherit', env: { ...process.env, E2E_BASE_URL: baseUrl, CHROME_PATH: chromePath } },
  )
  exitCode = await new Promise((resolve) => specs.on('exit', (code) => resolve(code ?? 1)))
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
} finally {
  stopServer()
}
process.exit(exitCode)
