/**
 * What a click inside a clickable row (table) or card (phones) means — decided once by the row, so the
 * cells need no handlers of their own:
 * - the selection box (inside an element with `ROW_CONTROL_CLASS`) is its own control;
 * - mail and phone links are left to the browser;
 * - the name link (`DETAIL_LINK_ATTRIBUTE`) has the detail's real href: Ctrl/⌘/Shift/Alt-click opens it
 *   the browser's way (new tab or window), a plain click opens it in the app like the rest of the row.
 */
import type { MouseEvent } from 'react'

export const ROW_CONTROL_CLASS = 'ContactRow-control'
export const DETAIL_LINK_ATTRIBUTE = 'data-detail-link'

/** True when the click should open the row's contact in the app (the browser's default is then prevented). */
export function clickOpensRow(event: MouseEvent<HTMLElement>): boolean {
  if (event.defaultPrevented || !(event.target instanceof Element)) return false
  const control = event.target.closest(`a, button, input, label, .${ROW_CONTROL_CLASS}`)
  if (control === null || !event.currentTarget.contains(control)) return true
  if (!(control instanceof HTMLAnchorElement) || !control.hasAttribute(DETAIL_LINK_ATTRIBUTE)) return false
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return false
  event.preventDefault()
  return true
}
