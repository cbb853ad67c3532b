import type { Location } from 'react-router'

/** A short, non-reversible tag of a list address: the router keeps scroll keys in sessionStorage. */
function hashOf(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return (hash >>> 0).toString(36)
}

/**
 * The scroll position's key for <ScrollRestoration getKey>: the list keeps its position per address
 * (pathname + search), so "Back to list" (a new navigation to the same list) and the browser's back button
 * both return to where the user was; other pages per history entry. The search is hashed because list
 * addresses carry search terms, which must not be stored in plain text beyond a sign-out.
 */
export function scrollKey(location: Pick<Location, 'pathname' | 'search' | 'key'>): string {
  return location.pathname === '/contacts' ? `/contacts#${hashOf(location.search)}` : location.key
}
