/**
 * The contact table lays out each row as its own grid (contact-table.tsx): in a real browser the cells
 * must still line up under their headers, and assistive technology must still get a table.
 */
import type { Locator } from 'playwright-core'
import { expect, test } from 'vitest'
import { appUrl, BASE_URL, setupBrowserPage } from './browser'

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

/** Gives the oldest contact (the first row in the default order) an email longer than any column. */
async function giveFirstContactALongEmail(): Promise<string> {
  const email = 'maximiliane.mustermann-schmidt.lohnbuchhaltung@steuerberatung-hofmann-und-partner.example'
  const list = (await (await fetch(`${BASE_URL}/api/v1/contacts?page%5Bsize%5D=1`)).json()) as {
    data: { id: string }[]
  }
  const id = list.data[0]?.id
  if (!id) throw new Error('no contacts')
  const response = await fetch(`${BASE_URL}/api/v1/contacts/${id}`, {
    method: 'PUT',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  })
  if (!response.ok) throw new Error(`PUT: HTTP ${response.status}`)
  return email
}

/**
 * Cells whose content reaches past their own box (painted over the next column), and truncated cells
 * that do not offer their full text on hover. Runs in the page, as a string (no DOM types here).
 */
const CELL_PROBLEMS = `[...document.querySelectorAll('tbody tr[tabindex] > td')].flatMap((cell, index) => {
  const name = 'cell ' + index + ' (' + cell.textContent.slice(0, 40) + ')'
  if (['hidden', 'clip'].includes(getComputedStyle(cell).overflowX)) {
    const cut = cell.scrollWidth > cell.clientWidth + 1
    return cut && cell.title.trim() === '' ? [name + ' is cut without its full text on hover'] : []
  }
  const { left, right } = cell.getBoundingClientRect()
  const limit = cell.nextElementSibling ? cell.nextElementSibling.getBoundingClientRect().left : right
  const over = Math.round(left + cell.scrollWidth - limit)
  return over > 1 ? [name + ' runs ' + over + ' px into the next column'] : []
})`

/** Rows with a cut cell (each gets its tooltips when the pointer comes to it). */
const CUT_ROWS = `[...document.querySelectorAll('tbody tr[tabindex]')].flatMap((row, index) =>
  [...row.cells].some((cell) => cell.scrollWidth > cell.clientWidth + 1 && getComputedStyle(cell).overflowX === 'hidden')
    ? [index]
    : [],
)`

async function hoverCutRows() {
  const rows = page().locator('tbody tr[tabindex]')
  for (const index of await page().evaluate<number[]>(CUT_ROWS)) await rows.nth(index).hover()
}

const ROW_HEIGHTS = `[...document.querySelectorAll('tbody tr[tabindex]')].map((row) => row.getBoundingClientRect().height)`

async function setDensity(name: 'Compact' | 'Standard') {
  await page().getByRole('button', { name: 'Columns', exact: true }).click()
  await page().getByRole('menuitemradio', { name }).click()
  await page().keyboard.press('Escape')
}

test('long values keep to their column: cut with the full text on hover, never over the next cell', async () => {
  const email = await giveFirstContactALongEmail()
  await page().goto(appUrl('/contacts?size=100'))
  const table = page().getByRole('table', { name: 'Contacts' })
  await showEveryColumn()
  await expect.poll(() => table.locator('tbody tr[tabindex]').count(), { timeout: 15_000 }).toBe(100)
  await hoverCutRows()
  expect(await page().evaluate(CELL_PROBLEMS)).toEqual([])
  expect(await page().getByTitle(email, { exact: true }).count()).toBe(1)

  await setDensity('Compact')
  await hoverCutRows()
  expect(await page().evaluate(CELL_PROBLEMS)).toEqual([])
})

test('Compact shows one line a row, also for contacts of several companies', async () => {
  await page().goto(appUrl('/contacts?size=100'))
  const table = page().getByRole('table', { name: 'Contacts' })
  await showEveryColumn()
  await setDensity('Compact')
  await expect.poll(() => table.locator('tbody tr[tabindex]').count(), { timeout: 15_000 }).toBe(100)
  const heights = await page().evaluate<number[]>(ROW_HEIGHTS)
  const lowest = Math.min(...heights)
  expect(lowest).toBeLessThan(40)
  expect(heights.filter((height) => height > lowest + 1)).toEqual([])
})
