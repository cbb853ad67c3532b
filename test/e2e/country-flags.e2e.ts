/**
 * Flags load lazily (their URL table is a chunk of its own, each flag an SVG file): while they load, a
 * country shows its flag or nothing — never an empty grey box or an empty frame. Only a browser paints.
 */
import type { Route } from '@playwright/test'
import { contactRows, expect, test } from './fixtures'
import { emptyBoxes, loadedFlags } from './flag-probes'

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
