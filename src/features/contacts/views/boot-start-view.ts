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

const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined

let opened: BootStartView | null = null

/** The last list user's start view, or null; never throws. */
export function storedStartView(): BootStartView | null {
  try {
    const record: unknown = JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY) ?? '0')
    const userId = field(record, 'lastUserId')
    const user = field(field(record, 'users'), String(userId))
    const viewId = field(user, 'startViewId')
    const views = field(user, 'views')
    const view = Array.isArray(views) ? (views as unknown[]).find((v) => field(v, 'id') === viewId) : null
    const search = field(view, 'search')
    return typeof userId === 'string' && typeof viewId === 'string' && typeof search === 'string' && search
      ? { userId, viewId, search }
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
