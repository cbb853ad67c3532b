/**
 * `test` for the e2e journeys: before each test the emulator is reset to its seeded state (Playwright gives
 * each test a fresh context: empty profile, storage, cookies), and any page console error or uncaught
 * exception fails it. Without Chromium (locally) every test is skipped.
 */
import { expect, test as base, type Locator, type Page } from '@playwright/test'
import { missingTools } from '../playwright/required-tools'
import { collectPageProblems } from '../playwright/page-problems'

interface E2EFixtures {
  /**
   * For the current test only: page console errors matching `pattern` are expected (e.g. Chromium's
   * "Failed to load resource: … status of 500" when a test injects a server fault) and do not fail it.
   */
  allowConsoleErrors: (pattern: RegExp) => void
  expectedConsoleErrors: RegExp[]
  resetEmulator: undefined
}

export const test = base.extend<E2EFixtures>({
  // Set up before anything else, so that a missing browser skips the test before one is launched.
  resetEmulator: [
    async ({ request }, use, testInfo) => {
      const missing = missingTools('e2e')
      testInfo.skip(missing.length > 0, missing.join(' '))
      const response = await request.post('/__emulator/reset')
      expect(response.ok(), `emulator reset: HTTP ${response.status()}`).toBe(true)
      await use(undefined)
    },
    { auto: true },
  ],
  expectedConsoleErrors: async ({}, use) => {
    await use([])
  },
  allowConsoleErrors: async ({ expectedConsoleErrors }, use) => {
    await use((pattern) => {
      expectedConsoleErrors.push(pattern)
    })
  },
  page: async ({ page, expectedConsoleErrors }, use) => {
    const problems = collectPageProblems(page, (text) =>
      expectedConsoleErrors.some((pattern) => pattern.test(text)),
    )
    await use(page)
    expect(problems, 'The page reported errors').toEqual([])
  },
})

export { expect }

/** The contacts table of the list page. */
export const contactsTable = (page: Page): Locator => page.getByRole('table', { name: 'Contacts' })

/** The table's contact rows: the rows of its last row group (the first holds the header row; the
 * placeholder rows shown while loading are hidden from assistive technology, so they do not count). */
export const contactRows = (page: Page): Locator =>
  contactsTable(page).getByRole('rowgroup').last().getByRole('row')

/** The row's name, which links to the contact's detail: the row's first link. */
export const nameLink = (row: Locator): Locator => row.getByRole('link').first()

/** The table's column header whose name matches: its `aria-sort` says the list's order. */
export const columnHeader = (page: Page, name: RegExp): Locator => page.getByRole('columnheader', { name })

/** For `expect(page).toHaveURL(…)`: the URL's query has `name` (with this value, when given). */
export const urlParam =
  (name: string, value?: string) =>
  (url: URL): boolean =>
    value === undefined ? url.searchParams.has(name) : url.searchParams.get(name) === value
