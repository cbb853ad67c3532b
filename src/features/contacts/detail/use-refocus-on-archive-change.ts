import { useEffect, useRef, type RefObject } from 'react'

/**
 * Archiving removes the Archive button and restoring removes the Restore button — the very element that
 * had focus (the confirmation dialog hands focus back to an opener that no longer exists). Keyboard and
 * screen-reader users would be thrown back to the top of the document, so once the dialog has closed
 * and focus is lost, it goes to the contact's heading instead.
 */
export function useRefocusOnArchiveChange(rootRef: RefObject<HTMLElement | null>, archived: boolean) {
  const previous = useRef(archived)
  useEffect(() => {
    if (previous.current === archived) return
    previous.current = archived
    const deadline = performance.now() + 2000
    let frame = 0
    const tryFocus = () => {
      const lost = document.activeElement === null || document.activeElement === document.body
      const modalOpen = document.querySelector('[aria-modal="true"]') !== null
      if (lost && !modalOpen)
        rootRef.current?.querySelector<HTMLElement>('h1')?.focus({ preventScroll: true })
      else if (performance.now() < deadline) frame = requestAnimationFrame(tryFocus)
    }
    frame = requestAnimationFrame(tryFocus)
    return () => cancelAnimationFrame(frame)
  }, [archived, rootRef])
}
