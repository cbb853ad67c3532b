import { useEffect, useRef } from 'react'

/** Single-key shortcuts by `KeyboardEvent.key` ('/', 'n', '?'); an undefined action is switched off. */
export type ShortcutMap = Readonly<Record<string, (() => void) | undefined>>

/** Where a key press is text: any input except the ones that take no typing (a focused row checkbox). */
const EDITABLE = [
  'input:not([type="checkbox"]):not([type="radio"]):not([type="button"]):not([type="submit"])',
  'textarea',
  'select',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[role="textbox"]',
  '[role="combobox"]',
].join(', ')
/** Widgets where plain letters already mean something (type-ahead in menus and lists). */
const OWNS_LETTERS = '[role="menu"], [role="listbox"], [role="dialog"], [role="alertdialog"], [role="grid"]'

/**
 * Whether a plain key press may trigger a page shortcut: never while the user types (any text field,
 * select or editor), never with Ctrl/Alt/Cmd (browser and OS shortcuts; AltGr reports as Ctrl+Alt), never
 * while a modal dialog or menu is open. Shift is allowed, since `?` and, on German keyboards, `/` need it.
 */
export function isShortcutEvent(event: KeyboardEvent): boolean {
  if (event.defaultPrevented || event.repeat || event.isComposing) return false
  if (event.ctrlKey || event.metaKey || event.altKey) return false
  const target = event.target instanceof Element ? event.target : null
  if (target?.closest(EDITABLE) || target?.closest(OWNS_LETTERS)) return false
  return document.querySelector('[aria-modal="true"]') === null
}

/**
 * Registers a page's keyboard shortcuts while the component is mounted. The latest actions are used
 * without re-registering the listener on every render.
 */
export function useKeyboardShortcuts(shortcuts: ShortcutMap): void {
  const latest = useRef(shortcuts)
  useEffect(() => {
    latest.current = shortcuts
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const action = latest.current[event.key]
      if (!action || !isShortcutEvent(event)) return
      event.preventDefault()
      action()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
