#!/usr/bin/env node
/**
 * The app for the proxy suite: built for its sub-path into <work>/www<prefix> (dist/ belongs to the e2e
 * suite), with the config.json a deployment would have, readable by nginx's unprivileged workers.
 *
 * usage: node test/proxy/build-app.mjs <work-dir> <app-prefix>
 */
import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('../..', import.meta.url))
const [work, prefix] = process.argv.slice(2)
if (!work || !prefix) {
  console.error('usage: build-app.mjs <work-dir> <app-prefix>')
  process.exit(2)
}
const webRoot = join(work, 'www')
const appDir = join(webRoot, prefix)

rmSync(work, { recursive: true, force: true })
const build = spawnSync(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'build', '--outDir', appDir, '--emptyOutDir', '--logLevel', 'warn'],
  { cwd: root, stdio: 'inherit', env: { ...process.env, BASE_PATH: prefix } },
)
if (build.status !== 0) process.exit(build.status ?? 1)
writeFileSync(
  join(appDir, 'config.json'),
  JSON.stringify({ apiBaseUrl: 'api/v1', loginUrl: '/sso/login?rd={returnTo}', logoutUrl: '/sso/logout' }),
)
// nginx's workers run as an unprivileged user: they must read the site and write their temp files.
mkdirSync(join(work, 'nginx', 'tmp'), { recursive: true })
chmodSync(join(work, 'nginx', 'tmp'), 0o777)
spawnSync('chmod', ['-R', 'a+rX', work])
