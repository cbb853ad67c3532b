/**
 * `npm run test:proxy` (`playwright test -c test/proxy`): the journeys in test/proxy/*.proxy.ts, in
 * Chromium, through real nginx in front of the built app, a test SSO helper and the emulator as upstream
 * (test/proxy/proxy-stack.ts). Without Chromium or nginx it fails in CI and skips locally.
 */
import { defineConfig } from '@playwright/test'
import { checkTools } from '../playwright/required-tools'
import { suiteConfig } from '../playwright/suite-config'
import { proxyStack, STACK } from './proxy-stack'

const shared = suiteConfig('proxy')

export default defineConfig({
  ...shared,
  testDir: '.',
  testMatch: '*.proxy.ts',
  timeout: 180_000,
  use: { ...shared.use, baseURL: new URL(STACK.appPrefix, STACK.proxyUrl).toString() },
  webServer: checkTools('proxy') ? proxyStack() : undefined,
})
