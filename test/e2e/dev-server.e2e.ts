/**
 * A newcomer's first look is `npm run dev`, not the build: the dev server (its own emulator data) must
 * show what the build shows. Flags once rendered as empty grey boxes there while the build showed them.
 */
import { contactRows, expect, test } from './fixtures'
import { emptyBoxes, loadedFlags } from './flag-probes'

const devUrl = process.env.E2E_DEV_URL ?? 'http://localhost:4174'

test('the dev server shows the list with its country flags, no empty boxes', async ({ page }) => {
  // The first visit may make Vite optimise dependencies and reload the page once.
  await page.goto(`${devUrl}/contacts?size=30`)
  await expect(contactRows(page).first()).toBeVisible({ timeout: 90_000 })
  await expect.poll(() => loadedFlags(page), { timeout: 30_000 }).toBeGreaterThan(0)
  expect(await emptyBoxes(page)).toBe(0)
})
