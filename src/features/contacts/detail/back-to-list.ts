/**
 * Where "Back to list" goes: the exact list URL the user came from (the list puts it into the navigation
 * state), so sort, filters and page survive; anything else falls back to the plain list.
 */
export const CONTACT_LIST_PATH = '/contacts'

export function backToListTarget(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = state.from
    if (typeof from === 'string' && (from === CONTACT_LIST_PATH || from.startsWith(`${CONTACT_LIST_PATH}?`)))
      return from
  }
  return CONTACT_LIST_PATH
}
