/**
 * Layout at phone and desktop widths: nothing scrolls sideways on any page, the list turns into cards and
 * the form into one column on a phone, and wide screens use their width without stretching lines.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { APIRequestContext, Page } from '@playwright/test'
import { expect, test } from './fixtures'

/** Matches "group.key" for every key group of our namespaces ("reach.title", "fields.last_name" …). */
function rawKeyPattern(): RegExp {
  const dir = join(process.cwd(), 'src/locales/en')
  const groups = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .flatMap((file) => {
      const texts = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>
      return Object.keys(texts).filter((key) => typeof texts[key] === 'object')
    })
  return new RegExp(`\\b(?:${[...new Set(groups)].join('|')})\\.[a-z]\\w*`)
}

async function firstContactId(request: APIRequestContext): Promise<string> {
  const response = await request.get('/api/v1/contacts?page%5Bsize%5D=1')
  const body = (await response.json()) as { data: { id: string }[] }
  const id = body.data[0]?.id
  if (!id) throw new Error('the emulator returned no contact')
  return id
}

/** Elements wider than the viewport, for a readable failure (selector-ish path and width). */
async function horizontalOverflow(page: Page): Promise<{
  scrollWidth: number
  innerWidth: number
  culprits: string[]
}> {
  return page.evaluate(`(() => {
    const innerWidth = window.innerWidth
    const culprits = [...document.querySelectorAll('body *')]
      .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
      .slice(0, 5)
      .map((el) => el.tagName.toLowerCase() + '.' + [...el.classList].slice(0, 2).join('.') + ' right=' + Math.round(el.getBoundingClientRect().right))
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, culprits }
  })()`)
}

async function expectNoHorizontalScroll(page: Page, where: string) {
  const result = await horizontalOverflow(page)
  expect(
    result.scrollWidth,
    `${where} scrolls sideways: ${result.scrollWidth}px > ${result.innerWidth}px (${result.culprits.join(', ')})`,
  ).toBeLessThanOrEqual(result.innerWidth)
}

async function visit(page: Page, path: string, ready: (page: Page) => Promise<unknown>) {
  await page.goto(path)
  await ready(page)
  // Late layout shifts (fonts, flags, lazy chunks) settle.
  await page.waitForTimeout(300)
}

/** A contact is on screen, in any language: a row of the table or a phone card. */
const anyContact = (page: Page) =>
  expect(
    page
      .getByRole('main')
      .getByRole('table')
      .getByRole('rowgroup')
      .last()
      .getByRole('row')
      .or(page.getByRole('main').getByRole('list').getByRole('listitem'))
      .first(),
  ).toBeVisible()

/** The page has rendered its h1 and has no request left in flight (language-neutral). */
async function settled(page: Page) {
  await expect(page.getByRole('main').getByRole('heading', { level: 1 }).first()).toBeVisible()
  await page.waitForLoadState('networkidle')
}

for (const locale of ['en-US', 'de-DE']) {
  test.describe(locale, () => {
    test.use({ locale })

    for (const [width, height] of [
      [390, 844],
      [1280, 800],
    ] as const) {
      test(`no page scrolls sideways at ${width} px`, async ({ page, request }) => {
        await page.setViewportSize({ width, height })
        const id = await firstContactId(request)
        const pages = [
          ['the contact list', '/contacts'],
          ['the empty list', '/contacts?q=zzqxxnothing'],
          ['the contact detail', `/contacts/${id}`],
          ['the edit form', `/contacts/${id}/edit`],
          ['the create form', '/contacts/new'],
          ['the not-found page', '/nowhere'],
        ] as const
        for (const [where, path] of pages) {
          await visit(page, path, settled)
          await expectNoHorizontalScroll(page, `${where} (${locale})`)
        }
      })
    }
  })
}

/** Texts of the options of the select labelled `label` that are wider than the select has room for. */
async function cutOffOptions(page: Page, label: string): Promise<string[]> {
  await expect(page.getByRole('combobox', { name: label })).toBeVisible()
  // A string, like horizontalOverflow: the e2e specs are typed without the DOM library.
  return page.evaluate<string[]>(`(() => {
    const label = [...document.querySelectorAll('label')].find((l) => l.textContent.trim() === ${JSON.stringify(label)})
    const select = document.getElementById(label.htmlFor)
    const style = getComputedStyle(select)
    const context = document.createElement('canvas').getContext('2d')
    context.font = style.font
    const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight)
    return [...select.options].map((option) => option.text).filter((text) => context.measureText(text).width > room)
  })()`)
}

test.describe('de-DE', () => {
  test.use({ locale: 'de-DE' })

  test('every screen speaks German, also those whose texts load with their chunk', async ({
    page,
    request,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    const id = await firstContactId(request)
    await visit(page, '/contacts', anyContact)
    await expect(page.getByRole('heading', { level: 1, name: 'Kontakte' })).toBeVisible()
    await visit(page, `/contacts/${id}`, settled)
    await expect(page.getByRole('heading', { name: 'Kontaktdaten' })).toBeVisible()
    await visit(page, `/contacts/${id}/edit`, () => expect(page.getByLabel('Nachname')).toBeVisible())
    // No raw i18n key anywhere: a missing text would show as its key, e.g. "reach.title".
    await expect(page.locator('body')).not.toContainText(rawKeyPattern())
  })

  test('on a phone the sort select shows each choice whole, the longest German ones included', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await visit(page, '/contacts', anyContact)
    expect(await cutOffOptions(page, 'Sortieren nach')).toEqual([])
  })
})

test.describe('en-US layout', () => {
  test('on a phone the list is a card list and the form one column', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await visit(page, '/contacts', anyContact)
    await expect(page.getByRole('table')).toHaveCount(0)
    const cards = page.getByRole('list', { name: 'Contacts' }).getByRole('listitem')
    expect(await cards.count()).toBeGreaterThan(5)
    // A phone still sorts: the column headers are replaced by a sort select.
    await expect(page.getByRole('combobox', { name: 'Sort by' })).toBeVisible()

    await visit(page, '/contacts/new', () => expect(page.getByLabel('Last name')).toBeVisible())
    const first = await page.getByLabel('First name').boundingBox()
    const last = await page.getByLabel('Last name').boundingBox()
    if (!first || !last) throw new Error('name fields not laid out')
    // One column: the fields stack, each (nearly) as wide as the screen.
    expect(Math.abs(first.x - last.x)).toBeLessThan(2)
    expect(last.y).toBeGreaterThan(first.y)
    expect(first.width).toBeGreaterThan(390 * 0.7)
  })

  test('at 1920 px the table uses the width and the form shows fields side by side', async ({ page }) => {
    await page.setViewportSize({ width: 1920, height: 1080 })
    await visit(page, '/contacts', anyContact)
    const table = page.getByRole('table', { name: 'Contacts' })
    const box = await table.boundingBox()
    // The table uses the wide screen rather than sitting in a narrow column.
    expect(box?.width ?? 0).toBeGreaterThan(1400)
    await visit(page, '/contacts/new', () => expect(page.getByLabel('Last name')).toBeVisible())
    const first = await page.getByLabel('First name').boundingBox()
    const last = await page.getByLabel('Last name').boundingBox()
    if (!first || !last) throw new Error('name fields not laid out')
    expect(Math.abs(first.y - last.y)).toBeLessThan(2)
  })
})
