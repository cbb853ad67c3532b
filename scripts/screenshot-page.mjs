/**
 * What both screenshot scripts share: the system Chromium, and one page opened in a fresh context (no
 * stored choices, so the app follows the given language and colour scheme) and saved as a PNG.
 * Used by scripts/screenshot.mjs (ad hoc) and scripts/take-screenshots.mjs (the README's images).
 */
import { chromium } from 'playwright-core'
import { CHROME_PATH, CHROMIUM_ARGS } from './chromium-options.mjs'

export const launchChromium = () => chromium.launch({ executablePath: CHROME_PATH, args: CHROMIUM_ARGS })

/**
 * Opens `url` at the given size, language ('en' | 'de') and scheme, waits for `ready(page)` and writes
 * `file`. Page errors are printed, not hidden.
 */
export async function screenshotPage(
  browser,
  { url, file, width = 1280, height = 800, lang = 'en', scheme = 'light', fullPage = false, ready },
) {
  const context = await browser.newContext({
    viewport: { width, height },
    locale: lang === 'de' ? 'de-DE' : 'en-US',
    colorScheme: scheme,
  })
  try {
    const page = await context.newPage()
    page.on('pageerror', (error) => console.error(`pageerror: ${error.message}`))
    await page.goto(url)
    await ready(page)
    await page.screenshot({ path: file, fullPage })
    console.log(file)
  } finally {
    await context.close()
  }
}
