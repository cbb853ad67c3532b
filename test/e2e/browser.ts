/**
 * Chromium for the e2e specs: one browser per file, a fresh context (empty profile, storage, cookies) per
 * test, the emulator reset before each test, and any page console error or uncaught exception fails it.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'

export const BASE_URL = process.env.E2E_BASE_URL ?? 'http://localhost:4173'
export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium'

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS })
}

/** Puts the preview server's emulator back to its seeded state. */
export async function resetEmulator(): Promise<void> {
  const response = await fetch(`${BASE_URL}/__emulator/reset`, { method: 'POST' })
  if (!response.ok) throw new Error(`Emulator reset failed: HTTP ${response.status}`)
}

/** The `aria-sort` of the table's column header whose name matches: how the list says its order. */
export function sortOf(page: () => Page, column: RegExp): Promise<string | null> {
  return page().getByRole('columnheader', { name: column }).getAttribute('aria-sort')
}

export function appUrl(path: string): string {
  return new URL(path.replace(/^\//, ''), `${BASE_URL}/`).toString()
}

let allowedErrors: RegExp[] = []

/**
 * For the current test only: page console errors matching `pattern` are expected (e.g. Chromium's
 * "Failed to load resource: … status of 500" when a test injects a server fault) and do not fail it.
 */
export function allowConsoleErrors(pattern: RegExp): void {
  allowedErrors.push(pattern)
}

/** Registers the hooks and returns an accessor for the current test's page. */
export function setupBrowserPage(
  options: { locale?: string; colorScheme?: 'light' | 'dark' } = {},
): () => Page {
  let browser: Browser | undefined
  let context: BrowserContext | undefined
  let page: Page | undefined
  let problems: string[] = []

  beforeAll(async () => {
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
  })
  beforeEach(async () => {
    if (!browser) throw new Error('Chromium did not start')
    await resetEmulator()
    problems = []
    allowedErrors = []
    context = await browser.newContext({
      locale: options.locale ?? 'en-US',
      colorScheme: options.colorScheme ?? 'light',
      viewport: { width: 1280, height: 800 },
    })
    page = await context.newPage()
    page.on('console', (message) => {
      if (message.type() === 'error' && !allowedErrors.some((pattern) => pattern.test(message.text())))
        problems.push(`console.error: ${message.text()} (${message.location().url})`)
    })
    page.on('pageerror', (error) => problems.push(`pageerror: ${error.stack ?? error.message}`))
  })
  afterEach(async () => {
    await context?.close()
    if (problems.length > 0) throw new Error(`The page reported errors:\n${problems.join('\n')}`)
  })

  return () => {
    if (!page) throw new Error('No page: call the accessor inside a test')
    return page
  }
}
