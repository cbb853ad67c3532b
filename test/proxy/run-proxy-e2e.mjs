#!/usr/bin/env node
/**
 * `npm run test:proxy`: the built app under /crm/contacts/ behind Debian's nginx, exactly as
 * deploy/nginx/kanbert-contacts.conf.template describes it, with an auth_request to test/proxy/sso-stub.mjs
 * and the API emulator (`vite preview`) as the upstream "Kanbert", which refuses requests without the
 * token nginx adds. Then the Chromium specs in test/proxy/*.proxy.ts. Every process is stopped at the end,
 * also on failure. Without Chromium or nginx it fails in CI (CI=true) and only warns locally.
 *
 * Ports (env): PROXY_PORT 8086 (nginx), SSO_PORT 4186, UPSTREAM_PORT 4187. PROXY_E2E_KEEP=1 keeps the temp
 * directory (nginx logs). Extra arguments go to vitest.
 */
import { spawn, spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const chromePath = process.env.CHROME_PATH || '/usr/bin/chromium'
const nginxPath = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((path) =>
  existsSync(path),
)
const proxyPort = process.env.PROXY_PORT || '8086'
const ssoPort = process.env.SSO_PORT || '4186'
const upstreamPort = process.env.UPSTREAM_PORT || '4187'
const APP_PREFIX = '/crm/contacts/'
const TOKEN = 'proxy-e2e-token-7f3c'

function banner(lines) {
  const bar = '!'.repeat(78)
  console.error(`\n${bar}\n${lines.map((line) => `!!  ${line}`).join('\n')}\n${bar}\n`)
}

const missing = [
  existsSync(chromePath)
    ? null
    : `Chromium not found at ${chromePath} (apt-get install -y chromium, or CHROME_PATH).`,
  nginxPath ? null : 'nginx not found (apt-get install -y nginx).',
].filter(Boolean)
if (missing.length > 0) {
  if (process.env.CI === 'true') {
    banner(['PROXY E2E TESTS FAILED: missing tools.', ...missing])
    process.exit(1)
  }
  banner(['PROXY E2E TESTS WERE SKIPPED. Nothing was checked behind nginx.', ...missing])
  process.exit(0)
}

const work = mkdtempSync(join(tmpdir(), 'kanbert-proxy-e2e-'))
const webRoot = join(work, 'www')
const appDir = join(webRoot, APP_PREFIX)
const nginxDir = join(work, 'nginx')
const children = []
let exitCode = 1

function stopAll() {
  for (const child of children.reverse()) {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
  }
  children.length = 0
  if (process.env.PROXY_E2E_KEEP === '1') console.log(`kept ${work}`)
  else rmSync(work, { recursive: true, force: true })
}
process.on('exit', stopAll)
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopAll()
    process.exit(130)
  })
}

function start(name, command, args, env = {}) {
  const child = spawn(command, args, {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  })
  child.log = ''
  child.stdout.on('data', (chunk) => (child.log += chunk))
  child.stderr.on('data', (chunk) => (child.log += chunk))
  child.name = name
  children.push(child)
  return child
}

async function waitFor(child, url, timeoutMs) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`${child.name} exited early:\n${child.log}`)
    try {
      await fetch(url, { redirect: 'manual' })
      return
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
  }
  throw new Error(`${child.name} did not answer on ${url} within ${timeoutMs} ms:\n${child.log}`)
}

try {
  // 1. The app, built for its sub-path into a temp directory (dist/ belongs to the other runs).
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'],
    { cwd: root, stdio: 'inherit', env: { ...process.env, BASE_PATH: APP_PREFIX } },
  )
  if (build.status !== 0) throw new Error('the build failed')
  writeFileSync(
    join(appDir, 'config.json'),
    JSON.stringify({ apiBaseUrl: 'api/v1', loginUrl: '/sso/login?rd={returnTo}', logoutUrl: '/sso/logout' }),
  )
  // nginx's workers run as an unprivileged user: they must read the site and write their temp files.
  mkdirSync(join(nginxDir, 'tmp'), { recursive: true })
  for (const dir of [work, webRoot, join(webRoot, 'crm'), appDir, nginxDir]) chmodSync(dir, 0o755)
  chmodSync(join(nginxDir, 'tmp'), 0o777)
  spawnSync('chmod', ['-R', 'a+rX', webRoot])

  // 2. The SSO helper and the upstream "Kanbert" (the emulator, demanding the token).
  const sso = start('sso stub', process.execPath, ['test/proxy/sso-stub.mjs'], { SSO_PORT: ssoPort })
  const upstream = start(
    'upstream emulator',
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'preview', '--port', upstreamPort, '--strictPort', '--outDir', appDir],
    { BASE_PATH: '/', EMULATOR_EXPECT_TOKEN: TOKEN, EMULATOR_DATA_FILE: join(work, 'emulator.json') },
  )

  // 3. nginx with the deploy template, rendered for this run.
  const render = spawnSync(
    process.execPath,
    [
      'scripts/render-nginx-conf.mjs',
      nginxDir,
      `LISTEN=127.0.0.1:${proxyPort}`,
      'SERVER_NAME=127.0.0.1',
      `WEB_ROOT=${webRoot}`,
      `APP_PREFIX=${APP_PREFIX}`,
      `SSO_UPSTREAM=127.0.0.1:${ssoPort}`,
      `KANBERT_UPSTREAM=http://127.0.0.1:${upstreamPort}`,
      `KANBERT_TOKEN=${TOKEN}`,
      // Short, so a browser that keeps it for 127.0.0.1 forgets it soon; the specs check it is sent.
      'HSTS=max-age=300',
    ],
    { cwd: root, encoding: 'utf8' },
  )
  if (render.status !== 0) throw new Error(`rendering nginx.conf failed:\n${render.stderr}`)
  const conf = join(nginxDir, 'nginx.conf')
  const check = spawnSync(nginxPath, ['-t', '-q', '-c', conf, '-p', nginxDir], { encoding: 'utf8' })
  if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`)
  const nginx = start('nginx', nginxPath, ['-c', conf, '-p', nginxDir])

  await waitFor(sso, `http://127.0.0.1:${ssoPort}/sso/login`, 10_000)
  await waitFor(upstream, `http://127.0.0.1:${upstreamPort}/__emulator/faults`, 30_000)
  await waitFor(nginx, `http://127.0.0.1:${proxyPort}/sso/login`, 10_000)

  // 4. The specs.
  const specs = spawn(
    process.execPath,
    ['node_modules/vitest/vitest.mjs', 'run', '--config', 'vitest.proxy.config.ts', ...process.argv.slice(2)],
    {
      cwd: root,
      stdio: 'inherit',
      env: {
        ...process.env,
        CHROME_PATH: chromePath,
        PROXY_BASE_URL: `http://127.0.0.1:${proxyPort}`,
        PROXY_APP_PREFIX: APP_PREFIX,
        PROXY_UPSTREAM_URL: `http://127.0.0.1:${upstreamPort}`,
        PROXY_UPSTREAM_TOKEN: TOKEN,
        PROXY_SSO_URL: `http://127.0.0.1:${ssoPort}`,
      },
    },
  )
  exitCode = await new Promise((resolve) => specs.on('exit', (code) => resolve(code ?? 1)))
  if (exitCode !== 0) {
    for (const child of children) {
      if (child.log.trim()) console.error(`--- ${child.name} output ---\n${child.log.slice(-4000)}`)
    }
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : error)
  exitCode = 1
} finally {
  stopAll()
}
process.exit(exitCode)
