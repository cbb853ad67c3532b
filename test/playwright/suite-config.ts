/**
 * What the e2e and the proxy configs share: the system Chromium, one worker (the tests share one emulator
 * and reset it before each test), retries only in CI, traces and an HTML report kept for failed tests,
 * and a JSON report for .ci/run's summary when TEST_REPORT_DIR is set.
 */
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { PlaywrightTestConfig, ReporterDescription } from '@playwright/test'
import { CHROME_PATH, CHROMIUM_ARGS } from '../../scripts/chromium-options.mjs'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export function suiteConfig(suite: 'e2e' | 'proxy'): PlaywrightTestConfig {
  const reportDir = process.env.TEST_REPORT_DIR
  const htmlReport = join(ROOT, 'playwright-report', suite)
  const reporter: ReporterDescription[] = [
    [process.env.CI ? 'line' : 'list'],
    ['html', { open: 'never', outputFolder: htmlReport }],
    [join(ROOT, 'test/playwright/failure-paths-reporter.ts'), { htmlReport }],
  ]
  if (reportDir) reporter.push(['json', { outputFile: join(reportDir, `${suite}.json`) }])
  return {
    outputDir: join(ROOT, 'test-results', suite),
    forbidOnly: Boolean(process.env.CI),
    retries: process.env.CI ? 2 : 0,
    workers: 1,
    fullyParallel: false,
    // A busy shared CI machine at times needs seconds for what takes a frame on a laptop.
    expect: { timeout: 30_000 },
    reporter,
    use: {
      browserName: 'chromium',
      launchOptions: { executablePath: CHROME_PATH, args: CHROMIUM_ARGS },
      locale: 'en-US',
      colorScheme: 'light',
      viewport: { width: 1280, height: 800 },
      // In CI a failed test is retried with a trace; locally (no retries) the failed attempt keeps its own.
      trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure',
      screenshot: 'only-on-failure',
    },
  }
}
