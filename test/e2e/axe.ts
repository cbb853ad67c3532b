/**
 * axe-core in the page under test: WCAG 2.0/2.1 A and AA rules only (best-practice rules are advice, not
 * the bar), and a readable report of what failed, where, and why.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { AxeResults, Result } from 'axe-core'
import type { Page } from '@playwright/test'

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']

/** Runs axe on the whole document as it is now; returns the violations. */
export async function axeViolations(page: Page): Promise<Result[]> {
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) {
    // Evaluated over the DevTools protocol rather than as a <script> tag, so the app's CSP cannot block it.
    await page.evaluate(axeSource)
  }
  const results = await page.evaluate<AxeResults, string[]>(
    // A string body would lose the argument; this function runs in the page, where `axe` is a global.
    (tags) =>
      (
        globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<AxeResults> } }
      ).axe.run((globalThis as unknown as { document: unknown }).document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }),
    WCAG_TAGS,
  )
  return results.violations
}

/** "color-contrast (serious): Elements must meet minimum color contrast … \n  - button.x: Fix …" */
export function formatViolations(violations: readonly Result[]): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 8)
        .map(
          (node) =>
            `    - ${node.target.join(' ')}\n      ${node.failureSummary?.replace(/\n/g, '\n      ') ?? ''}`,
        )
        .join('\n')
      const more = violation.nodes.length > 8 ? `\n    … and ${violation.nodes.length - 8} more` : ''
      return `  ${violation.id} (${violation.impact ?? 'n/a'}): ${violation.help}\n    ${violation.helpUrl}\n${nodes}${more}`
    })
    .join('\n')
}

/** Fails with the formatted report when axe finds anything. */
export async function expectNoAxeViolations(page: Page, where: string): Promise<void> {
  // Let MUI transitions (dialog fade, ripple) finish: half-faded text would be measured at the wrong contrast.
  await page.waitForTimeout(350)
  const violations = await axeViolations(page)
  if (violations.length > 0) {
    throw new Error(
      `axe found ${violations.length} WCAG A/AA violation(s) on ${where}:\n${formatViolations(violations)}`,
    )
  }
}
