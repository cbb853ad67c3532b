/**
 * When a plain key press counts as a page shortcut, and the shortcut keys pressed before the part that
 * handles them was there: the search box and the app bar's shortcuts load beside the first rows, and a
 * "/" pressed as soon as the rows show must not be lost. Eager (the first page), so kept small.
 */

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

/** A key nobody handled is carried over to a handler registered this soon after it. */
const CARRY_OVER_MS = 1500

let unhandled: { key: string; at: number } | null = null

/**
 * Call once at start: notes each shortcut-like key press. A handler that runs for it clears the note
 * (`markShortcutHandled`); one that registers shortly after takes it (`takeUnhandledShortcut`). A click
 * in between means the user has moved on: the key is dropped.
 */
export function noteUnhandledShortcuts(target: Window = window): void {
  target.addEventListener('keydown', (event) => {
    const shortcut = event.key.length === 1 && isShortcutEvent(event)
    unhandled = shortcut ? { key: event.key, at: performance.now() } : null
  })
  target.addEventListener('pointerdown', markShortcutHandled)
}

export function markShortcutHandled(): void {
  unhandled = null
}

/** The key pressed just before, if nobody handled it and `handles` wants it; taken once. */
export function takeUnhandledShortcut(
  handles: (key: string) => boolean,
  now = performance.now(),
): string | null {
  const pressed = unhandled
  if (!pressed || now - pressed.at > CARRY_OVER_MS || !handles(pressed.key)) return null
  unhandled = null
  return pressed.key
}
