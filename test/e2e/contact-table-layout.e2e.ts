/**
 * The contact table lays out each row as its own grid (contact-table.tsx): in a real browser the cells
 * must still line up under their headers, and assistive technology must still get a table.
 */
import type { Locator } from 'playwright-core'
import { expect, test } from 'vitest'
import { appUrl, setupBrowserPage } from './browser'

const page = setupBrowserPage()

async function showEveryColumn() {
  await page().getByRole('button', { name: 'Columns', exact: true }).click()
  const items = page().getByRole('menu').getByRole('menuitemcheckbox')
  await items.first().waitFor()
  for (let index = 0; index < (await items.count()); index++) {
    if ((await items.nth(index).getAttribute('aria-checked')) !== 'true') await items.nth(index).click()
  }
  await page().keyboard.press('Escape')
}

interface Box {
  left: number
  width: number
}

test('100 rows with every column: each cell sits under its header, in a table Chromium exposes as one', async () => {
  await page().goto(appUrl('/contacts?size=100'))
  const table = page().getByRole('table', { name: 'Contacts' })
  await table.locator('tbody tr a').first().waitFor()
  await showEveryColumn()
  await expect.poll(() => table.locator('tbody tr[tabindex]').count(), { timeout: 15_000 }).toBe(100)

  const boxes = async (cells: Locator): Promise<Box[]> => {
    const out: Box[] = []
    for (let index = 0; index < (await cells.count()); index++) {
      const box = await cells.nth(index).boundingBox()
      out.push({ left: Math.round(box?.x ?? NaN), width: Math.round(box?.width ?? NaN) })
    }
    return out
  }
  const header = await boxes(table.locator('thead th'))
  const columns = header.length
  expect(columns).toBeGreaterThan(12)
  for (const rowIndex of [0, 49, 99]) {
    const row = await boxes(table.locator('tbody tr').nth(rowIndex).locator('td'))
    expect(row).toEqual(header)
  }

  // Chromium's own accessibility tree (not Playwright's role engine): one table, a header row plus
  // 100 rows, a column header and a cell per column.
  const cdp = await page().context().newCDPSession(page())
  const { nodes } = await cdp.send('Accessibility.getFullAXTree')
  const count = (role: string) => nodes.filter((node) => !node.ignored && node.role?.value === role).length
  expect(count('table')).toBe(1)
  expect(count('row')).toBe(101)
  expect(count('columnheader')).toBe(columns)
  expect(count('cell')).toBe(100 * columns)
})
