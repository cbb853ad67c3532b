import { useEffect, useRef } from 'react'
import { isShortcutEvent, markShortcutHandled, takeUnhandledShortcut } from './shortcut-event'

/** Single-key shortcuts by `KeyboardEvent.key` ('/', 'n', '?'); an undefined action is switched off. */
export type ShortcutMap = Readonly<Record<string, (() => void) | undefined>>

/**
 * Registers a page's keyboard shortcuts while the component is mounted. The latest actions are used
 * without re-registering the listener on every render. A shortcut key pressed just before (while this
 * part was still loading) runs once it is registered.
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
      markShortcutHandled()
      action()
    }
    window.addEventListener('keydown', onKeyDown)
    const early = takeUnhandledShortcut((key) => latest.current[key] !== undefined)
    if (early !== null) latest.current[early]?.()
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
