/** What the flag specs read off the page: flag places that paint an empty box, and flags that loaded. */
import type { Page } from '@playwright/test'

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

export const emptyBoxes = async (page: Page) => Number(await page.evaluate(EMPTY_BOXES))
export const loadedFlags = async (page: Page) => Number(await page.evaluate(LOADED_FLAGS))
