/**
 * The contact table lays out each row as its own grid (contact-table.tsx): in a real browser the cells
 * must still line up under their headers, and assistive technology must still get a table.
 */
import type { APIRequestContext, Locator, Page } from '@playwright/test'
import { contactRows, contactsTable, expect, test } from './fixtures'

async function showEveryColumn(page: Page) {
  await page.getByRole('button', { name: 'Columns', exact: true }).click()
  const items = page.getByRole('menu').getByRole('menuitemcheckbox')
  await expect(items.first()).toBeVisible()
  for (const item of await items.all()) {
    if ((await item.getAttribute('aria-checked')) !== 'true') await item.click()
  }
  await page.keyboard.press('Escape')
}

interface Box {
  left: number
  width: number
}

test('100 rows with every column: each cell sits under its header, in a table Chromium exposes as one', async ({
  page,
}) => {
  test.slow() // 100 rows of every column: some 2,000 cells for the role queries.
  await page.goto('/contacts?size=100')
  const table = contactsTable(page)
  const rows = contactRows(page)
  await expect(rows.first()).toBeVisible()
  await showEveryColumn(page)
  await expect(rows).toHaveCount(100, { timeout: 15_000 })

  // Measured in one call: a role query per cell of such a table takes seconds.
  const boxes = (cells: Locator): Promise<Box[]> =>
    cells.evaluateAll((elements: { getBoundingClientRect: () => { x: number; width: number } }[]) =>
      elements.map((element) => {
        const { x, width } = element.getBoundingClientRect()
        return { left: Math.round(x), width: Math.round(width) }
      }),
    )
  const header = await boxes(table.getByRole('columnheader'))
  const columns = header.length
  expect(columns).toBeGreaterThan(12)
  for (const rowIndex of [0, 49, 99]) {
    const row = await boxes(rows.nth(rowIndex).getByRole('cell'))
    expect(row).toEqual(header)
  }

  // Chromium's own accessibility tree (not Playwright's role engine): one table, a header row plus
  // 100 rows, a column header and a cell per column.
  const cdp = await page.context().newCDPSession(page)
  const { nodes } = await cdp.send('Accessibility.getFullAXTree')
  const count = (role: string) => nodes.filter((node) => !node.ignored && node.role?.value === role).length
  expect(count('table')).toBe(1)
  expect(count('row')).toBe(101)
  expect(count('columnheader')).toBe(columns)
  expect(count('cell')).toBe(100 * columns)
})

/** Gives the oldest contact (the first row in the default order) an email longer than any column. */
async function giveFirstContactALongEmail(request: APIRequestContext): Promise<string> {
  const email = 'maximiliane.mustermann-schmidt.lohnbuchhaltung@steuerberatung-hofmann-und-partner.example'
  const list = (await (await request.get('/api/v1/contacts?page%5Bsize%5D=1')).json()) as {
    data: { id: string }[]
  }
  const id = list.data[0]?.id
  if (!id) throw new Error('no contacts')
  const response = await request.put(`/api/v1/contacts/${id}`, {
    headers: { Accept: 'application/json' },
    data: { email },
  })
  expect(response.ok(), `PUT: HTTP ${response.status()}`).toBe(true)
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

async function hoverCutRows(page: Page) {
  const rows = contactRows(page)
  for (const index of await page.evaluate<number[]>(CUT_ROWS)) await rows.nth(index).hover()
}

const ROW_HEIGHTS = `[...document.querySelectorAll('tbody tr[tabindex]')].map((row) => row.getBoundingClientRect().height)`

async function setDensity(page: Page, name: 'Compact' | 'Standard') {
  await page.getByRole('button', { name: 'Columns', exact: true }).click()
  await page.getByRole('menuitemradio', { name }).click()
  await page.keyboard.press('Escape')
}

test('long values keep to their column: cut with the full text on hover, never over the next cell', async ({
  page,
  request,
}) => {
  // Hovers each row with a cut cell, one role query each: the longest test.
  test.setTimeout(300_000)
  const email = await giveFirstContactALongEmail(request)
  await page.goto('/contacts?size=100')
  await showEveryColumn(page)
  await expect(contactRows(page)).toHaveCount(100, { timeout: 15_000 })
  await hoverCutRows(page)
  expect(await page.evaluate(CELL_PROBLEMS)).toEqual([])
  await expect(page.getByTitle(email, { exact: true })).toHaveCount(1)

  await setDensity(page, 'Compact')
  await hoverCutRows(page)
  expect(await page.evaluate(CELL_PROBLEMS)).toEqual([])
})

test('Compact shows one line a row, also for contacts of several companies', async ({ page }) => {
  test.slow()
  await page.goto('/contacts?size=100')
  await showEveryColumn(page)
  await setDensity(page, 'Compact')
  await expect(contactRows(page)).toHaveCount(100, { timeout: 15_000 })
  const heights = await page.evaluate<number[]>(ROW_HEIGHTS)
  const lowest = Math.min(...heights)
  expect(lowest).toBeLessThan(40)
  expect(heights.filter((height) => height > lowest + 1)).toEqual([])
})
