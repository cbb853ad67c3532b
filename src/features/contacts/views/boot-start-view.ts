/**
 * The start view, opened by the boot module before the app runs: when the app is opened at the bare list
 * (or its root), the address becomes the start view's, so the list's first request is already the view's
 * page. Reads the stored record loosely (no zod on the first page); the views code checks it properly
 * once it loads, and `takeBootStartView` tells it which view was opened and for whom.
 */
import { SAVED_VIEWS_KEY } from './saved-views-key'

export interface BootStartView {
  userId: string
  viewId: string
  search: string
}

/** The stored record as written (saved-views-record.ts); read without zod, so any other shape throws. */
interface StoredRecord {
  lastUserId: string
  users: Record<string, { startViewId: string | null; views: { id: string; search: string }[] } | undefined>
}

let opened: BootStartView | null = null

/** The last list user's start view, or null; never throws. */
export function storedStartView(): BootStartView | null {
  try {
    const { lastUserId, users } = JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY) ?? '0') as StoredRecord
    const user = users[lastUserId]
    const view = user?.views.find((candidate) => candidate.id === user.startViewId)
    // Checked, not trusted: only a non-empty text becomes part of the address.
    return typeof view?.search == 'string' && view.search
      ? { userId: lastUserId, viewId: view.id, search: view.search }
      : null
  } catch {
    return null
  }
}

/** Rewrites the address to the start view's when it is there; returns the search to load first. */
export function openStartView(listPath: string, search: string): string {
  const view = storedStartView()
  if (!view) return search
  opened = view
  history.replaceState(history.state, '', `${listPath}?${view.search}`)
  return `?${view.search}`
}

/** The start view the boot module opened, once (the first list visit of a page load takes it). */
export function takeBootStartView(): BootStartView | null {
  const view = opened
  opened = null
  return view
}
