import { useEffect, useRef, type RefObject } from 'react'
import { useLocation } from 'react-router'

/** How long a page may take to render its h1 (lazy chunk, first data) before we give up. */
const MAX_WAIT_MS = 3000

/**
 * After a route change (a new pathname; search-param changes such as paging keep focus where it is),
 * moves focus to the page's h1, so screen readers announce the new page and Tab continues from its top —
 * as a full page load would. The first load is left alone (the skip link stays the first stop), and so is
 * a user who has already focused something else while the page was loading. `preventScroll` leaves
 * scrolling to the router's scroll restoration.
 */
export function useFocusHeadingOnNavigate(mainRef: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation()
  const previous = useRef(pathname)

  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    const focusedAtNavigation = document.activeElement
    const deadline = performance.now() + MAX_WAIT_MS
    let frame = 0
    const tryFocus = () => {
      const active = document.activeElement
      const untouched = active === focusedAtNavigation || active === null || active === document.body
      if (!untouched) return
      const heading = mainRef.current?.querySelector('h1')
      if (heading) {
        if (!heading.hasAttribute('tabindex')) heading.tabIndex = -1
        heading.focus({ preventScroll: true })
      } else if (performance.now() < deadline) {
        frame = requestAnimationFrame(tryFocus)
      }
    }
    frame = requestAnimationFrame(tryFocus)
    return () => cancelAnimationFrame(frame)
  }, [pathname, mainRef])
}
