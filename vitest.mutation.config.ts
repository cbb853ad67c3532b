import { defineConfig } from 'vitest/config'
import viteConfig from './vite.config'

// Stryker's test runs (stryker.config.mjs): the unit tests of plain modules only, so a mutation score
// means "what the unit tests catch" — component (.tsx) tests and e2e specs do not count. (Spread, not
// mergeConfig, which would append to the default `include` instead of replacing it.)
export default defineConfig({
  ...viteConfig,
  test: {
    ...viteConfig.test,
    include: ['src/lib/*.test.ts', 'src/features/**/*.test.ts'],
    reporters: ['default'],
    // One environment per worker instead of per file: Stryker reruns a few files per mutant, and a fresh
    // jsdom + MSW setup for each was most of its run time. test/setup.ts resets state between tests.
    isolate: false,
  },
})
