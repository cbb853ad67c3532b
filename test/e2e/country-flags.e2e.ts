/**
 * Flags load lazily (their URL table is a chunk of its own, each flag an SVG file): while they load, a
 * country shows its flag or nothing — never an empty grey box or an empty frame. Only a browser paints.
 */
import type { Page, Route } from '@playwright/test'
import { contactRows, expect, test } from './fixtures'

/**
 * Flag places that paint something (a background, a frame) yet show neither a flag nor a code. Runs in
 * the page (a string: these specs are type-checked without the DOM library).
 */
const EMPTY_BOXES = `[...document.querySelectorAll('.CountryFlag-flag')].filter((element) => {
  const { width, height } = element.getBoundingClientRect()
  if (width === 0 || height === 0 || element.textContent.trim() !== '') return false
  if (element instanceof HTMLImageElement && element.complete && element.naturalWidth > 0) return false
  const style = getComputedStyle(element)
  const framed =
    (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
    (style.borderStyle !== 'none' && parseFloat(style.borderTopWidth) > 0) ||
    style.boxShadow !== 'none'
  const filled = style.backgroundColor !== 'rgba(0, 0, 0, 0)' && style.backgroundColor !== 'transparent'
  return style.visibility !== 'hidden' && (framed || filled)
}).length`

const LOADED_FLAGS = `[...document.querySelectorAll('img.CountryFlag-flag')].filter(
  (image) => image.complete && image.naturalWidth > 0,
).length`

const emptyBoxes = async (page: Page) => Number(await page.evaluate(EMPTY_BOXES))
const loadedFlags = async (page: Page) => Number(await page.evaluate(LOADED_FLAGS))

test('while the flags load, the list shows no empty boxes; then it shows the flags', async ({ page }) => {
  // Hold the URL table, then the SVG files, so each waiting state stays on screen long enough to check.
  let releaseTable: () => void = () => undefined
  const tableHeld = new Promise<void>((resolve) => (releaseTable = resolve))
  let releaseImages: () => void = () => undefined
  const imagesHeld = new Promise<void>((resolve) => (releaseImages = resolve))
  const holdUntil = (held: Promise<void>) => async (route: Route) => {
    await held
    await route.continue()
  }
  await page.route(/country-flag-urls[^/]*\.js/, holdUntil(tableHeld))
  await page.route(/\.svg(\?|$)/, holdUntil(imagesHeld))

  await page.goto('/contacts?size=30')
  await expect(contactRows(page).first()).toBeVisible()
  expect(await emptyBoxes(page)).toBe(0)

  releaseTable()
  // Flags are decorative (aria-hidden, alt=""): outside the accessibility tree, so found by their class.
  await expect(page.locator('img.CountryFlag-flag')).not.toHaveCount(0)
  expect(await emptyBoxes(page)).toBe(0)

  releaseImages()
  await expect.poll(() => loadedFlags(page)).toBeGreaterThan(0)
  expect(await emptyBoxes(page)).toBe(0)
})
