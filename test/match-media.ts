/**
 * jsdom has no matchMedia; MUI's color scheme and useMediaQuery need it. The stub answers "no match"
 * (light, no reduced motion), which is also what a default browser reports.
 */
export function installMatchMedia(): void {
  if (typeof window.matchMedia === 'function') return
  window.matchMedia = (query: string) => mediaQueryList(query, false)
}

/** A static MediaQueryList: `matches` never changes, listeners are never called. */
export function mediaQueryList(query: string, matches: boolean): MediaQueryList {
  return {
    matches,
    media: query,
    onchange: null,
    // Deprecated, but part of the type and still called by some libraries.
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    addListener: () => undefined,
    // eslint-disable-next-line @typescript-eslint/no-deprecated
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }
}
