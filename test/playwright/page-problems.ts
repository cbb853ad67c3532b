/** Console errors and uncaught exceptions of a page, which fail the test unless it expected them. */
import type { Page } from '@playwright/test'

export function collectPageProblems(page: Page, expected: (consoleText: string) => boolean): string[] {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error' && !expected(message.text()))
      problems.push(`console.error: ${message.text()} (${message.location().url})`)
  })
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.stack ?? error.message}`))
  return problems
}
