/**
 * The programs a browser suite needs (Chromium; nginx for the proxy suite). Missing in CI (CI=true) the
 * run fails; missing on a developer's machine every test is skipped under a loud banner.
 */
import { existsSync } from 'node:fs'
import { CHROME_PATH } from '../../scripts/chromium-options.mjs'

export const NGINX_PATH = ['/usr/sbin/nginx', '/usr/bin/nginx', '/usr/local/sbin/nginx'].find((path) =>
  existsSync(path),
)

const chromium = (): string | null =>
  existsSync(CHROME_PATH)
    ? null
    : `Chromium not found at ${CHROME_PATH} (apt-get update && apt-get install -y chromium, or CHROME_PATH).`
const nginx = (): string | null => (NGINX_PATH ? null : 'nginx not found (apt-get install -y nginx).')

/** What is missing for the suite, one line each; empty when it can run. */
export function missingTools(suite: 'e2e' | 'proxy'): string[] {
  return (suite === 'proxy' ? [chromium(), nginx()] : [chromium()]).filter((line) => line !== null)
}

function banner(lines: string[]): string {
  const bar = '!'.repeat(78)
  return `\n${bar}\n${lines.map((line) => `!!  ${line}`).join('\n')}\n${bar}\n`
}

/**
 * Called by the config: throws in CI when a tool is missing, prints the banner locally (once, in the
 * runner's process rather than in each worker). Returns whether the suite can run.
 */
export function checkTools(suite: 'e2e' | 'proxy'): boolean {
  const missing = missingTools(suite)
  if (missing.length === 0) return true
  const name = suite === 'proxy' ? 'PROXY E2E TESTS' : 'E2E TESTS'
  if (process.env.CI === 'true') throw new Error(banner([`${name} FAILED: missing tools.`, ...missing]))
  if (process.env.TEST_WORKER_INDEX === undefined) {
    console.error(banner([`${name} WERE SKIPPED. Nothing was checked in a browser.`, ...missing]))
  }
  return false
}
