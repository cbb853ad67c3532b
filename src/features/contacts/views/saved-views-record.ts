/**
 * The stored form of saved views: one versioned record, views kept per user id, so colleagues sharing a
 * browser never see each other's views. Pure functions over the record; saved-views-store.ts reads and
 * writes it.
 */
import * as z from 'zod/mini'

export const MAX_VIEW_NAME_LENGTH = 60

const viewSchema = z.object({
  id: z.string().check(z.minLength(1)),
  name: z.string().check(z.minLength(1), z.maxLength(MAX_VIEW_NAME_LENGTH)),
  /** The list URL's search string (no "?", no cursor) in its canonical form: the view's query. */
  search: z.string(),
  /** Column id → shown, for the columns the view was saved with. */
  columns: z.record(z.string(), z.boolean()),
})
export type SavedView = z.infer<typeof viewSchema>

const userViewsSchema = z.object({
  views: z.array(viewSchema),
  startViewId: z.nullable(z.string()),
})
export type UserViews = z.infer<typeof userViewsSchema>

export const savedViewsRecordSchema = z.object({
  version: z.literal(1),
  /** Who last used the list here: the boot module opens this user's start view. */
  lastUserId: z.nullable(z.string()),
  users: z.record(z.string(), userViewsSchema),
})
export type SavedViewsRecord = z.infer<typeof savedViewsRecordSchema>

export const emptyRecord: SavedViewsRecord = { version: 1, lastUserId: null, users: {} }
export const noViews: UserViews = { views: [], startViewId: null }

export function viewsOf(record: SavedViewsRecord, userId: string): UserViews {
  return Object.hasOwn(record.users, userId) ? (record.users[userId] ?? noViews) : noViews
}

export function withUserViews(
  record: SavedViewsRecord,
  userId: string,
  change: (views: UserViews) => UserViews,
): SavedViewsRecord {
  return {
    ...record,
    lastUserId: userId,
    users: { ...record.users, [userId]: change(viewsOf(record, userId)) },
  }
}

/** Names compare trimmed and case-insensitively: "Leads" and " leads " are the same name. */
export function sameName(a: string, b: string): boolean {
  return a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'accent' }) === 0
}

export function isNameTaken(views: readonly SavedView[], name: string, exceptId?: string): boolean {
  return views.some((view) => view.id !== exceptId && sameName(view.name, name))
}

export function addView(views: UserViews, view: SavedView): UserViews {
  return { ...views, views: [...views.views, view] }
}

export function changeView(views: UserViews, id: string, patch: Partial<Omit<SavedView, 'id'>>): UserViews {
  return { ...views, views: views.views.map((view) => (view.id === id ? { ...view, ...patch } : view)) }
}

export function removeView(views: UserViews, id: string): UserViews {
  return {
    views: views.views.filter((view) => view.id !== id),
    startViewId: views.startViewId === id ? null : views.startViewId,
  }
}

export function sortedViews(views: readonly SavedView[]): SavedView[] {
  return [...views].sort((a, b) => a.name.localeCompare(b.name, undefined, { sensitivity: 'base' }))
}
