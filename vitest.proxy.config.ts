/** Proxy end-to-end specs: real nginx + SSO stub + emulator, driven in Chromium (see test/proxy/run-proxy-e2e.mjs). */
import { defineConfig } from 'vitest/config'

const reportDir = process.env.TEST_REPORT_DIR

export default defineConfig({
  test: {
    include: ['test/proxy/**/*.proxy.ts'],
    environment: 'node',
    setupFiles: [],
    fileParallelism: false,
    sequence: { concurrent: false },
    testTimeout: 90_000,
    hookTimeout: 60_000,
    // As in vitest.e2e.config.ts: rows mount two per frame (list/use-row-slices.ts), longer than
    // expect.poll's default of 1 s on a loaded machine.
    expect: { poll: { timeout: 10_000 } },
    reporters: reportDir ? ['default', 'json'] : ['default'],
    ...(reportDir ? { outputFile: { json: `${reportDir}/proxy.json` } } : {}),
  },
})
