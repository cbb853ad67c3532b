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

/** A property of a parsed JSON value, unknown until checked (the record is read without zod). */
const field = (value: unknown, key: string): unknown =>
  typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)

let opened: BootStartView | null = null

/** The last list user's start view, or null; never throws. */
export function storedStartView(): BootStartView | null {
  try {
    // The record as saved-views-record.ts writes it; every part is checked before it is used.
    const record: unknown = JSON.parse(localStorage.getItem(SAVED_VIEWS_KEY) ?? 'null')
    const userId = text(field(record, 'lastUserId'))
    const user = userId === null ? undefined : field(field(record, 'users'), userId)
    const startViewId = text(field(user, 'startViewId'))
    const views = field(user, 'views')
    const list: unknown[] = Array.isArray(views) ? views : []
    const view = list.find((candidate) => field(candidate, 'id') === startViewId)
    const search = text(field(view, 'search'))
    return userId && startViewId && search ? { userId, viewId: startViewId, search } : null
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
