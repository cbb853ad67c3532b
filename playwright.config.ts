/**
 * `npm run test:e2e`: the journeys in test/e2e against the built app under `vite preview` (the emulator is
 * part of it). The proxy suite has its own config: test/proxy/playwright.config.ts.
 *
 * The dev server (`npm run dev`) runs beside it for the spec that checks what a newcomer sees first.
 *
 * Env: E2E_PORT (4173), E2E_DEV_PORT (E2E_PORT + 1), E2E_SKIP_BUILD=1 (serve the existing dist/),
 * CHROME_PATH, TEST_REPORT_DIR, CI.
 */
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'
import { checkTools } from './test/playwright/required-tools'
import { ROOT, suiteConfig } from './test/playwright/suite-config'

const port = process.env.E2E_PORT ?? '4173'
const baseURL = `http://localhost:${port}`
const vite = `"${process.execPath}" node_modules/vite/bin/vite.js`
const build = process.env.E2E_SKIP_BUILD === '1' ? '' : `${vite} build --logLevel warn && `
const devPort = process.env.E2E_DEV_PORT ?? String(Number(port) + 1)
// Read by test/e2e/dev-server.e2e.ts.
process.env.E2E_DEV_URL = `http://localhost:${devPort}`
const shared = suiteConfig('e2e')
const serverEnv = { BASE_PATH: '/', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' }

export default defineConfig({
  ...shared,
  testDir: 'test/e2e',
  testMatch: '*.e2e.ts',
  timeout: 120_000,
  use: { ...shared.use, baseURL },
  // Without Chromium (and not in CI) nothing is started and every test is skipped (test/e2e/fixtures.ts).
  webServer: checkTools('e2e')
    ? [
        {
          command: `${build}${vite} preview --port ${port} --strictPort`,
          cwd: ROOT,
          url: baseURL,
          // The specs address the app at the root, whatever BASE_PATH the caller's environment has.
          env: serverEnv,
          reuseExistingServer: false,
          timeout: 240_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
        {
          command: `${vite} --port ${devPort} --strictPort`,
          cwd: ROOT,
          url: process.env.E2E_DEV_URL,
          // Its own emulator data: never the developer's edited dev data, nor the preview's.
          env: {
            ...serverEnv,
            EMULATOR_DATA_FILE: join(mkdtempSync(join(tmpdir(), 'kanbert-e2e-dev-')), 'contacts.json'),
          },
          reuseExistingServer: false,
          timeout: 120_000,
          stdout: 'ignore',
          stderr: 'pipe',
        },
      ]
    : undefined,
})
