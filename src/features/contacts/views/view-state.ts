/**
 * What a view holds and how the current list compares to it: the list URL's query in canonical form (the
 * URL is the single source of the list's state; the page the user was on is not part of a view) and
 * which columns are shown.
 */
import { listParamsToUrl, parseListUrl } from '../list/list-url-state'
import type { ContactListParams } from '../api/contact-list-params'
import type { ContactColumn } from '../list/contact-columns'
import type { SavedView } from './saved-views-record'

export function viewSearchOfParams(params: ContactListParams): string {
  return listParamsToUrl({ ...params, cursor: null }).toString()
}

/** A location's search string ("?q=…" or "") as a view stores it. */
export function viewSearch(search: string): string {
  return viewSearchOfParams(parseListUrl(new URLSearchParams(search)).params)
}

export function columnsState(
  columns: readonly ContactColumn[],
  visible: readonly ContactColumn[],
): Record<string, boolean> {
  return Object.fromEntries(
    columns.filter((column) => column.hideable).map((column) => [column.id, visible.includes(column)]),
  )
}

/** Columns the view and the list both know, shown differently. */
export function columnsDiffer(view: SavedView, current: Record<string, boolean>): boolean {
  return Object.entries(view.columns).some(
    ([id, shown]) => Object.hasOwn(current, id) && current[id] !== shown,
  )
}

/**
 * The view the list shows now: the one picked last while its query still matches, else any view with
 * this query. `modified`: the view picked last, changed since (query or columns).
 */
export function activeView(
  views: readonly SavedView[],
  pickedId: string | null,
  search: string,
  columns: Record<string, boolean>,
): { view: SavedView; modified: boolean } | null {
  // Stored searches are compared in canonical form: one written by hand or by an older version still matches.
  const same = (view: SavedView) => viewSearch(`?${view.search}`) === search
  const picked = views.find((view) => view.id === pickedId)
  if (picked) return { view: picked, modified: !same(picked) || columnsDiffer(picked, columns) }
  const matching = views.find(same)
  return matching ? { view: matching, modified: false } : null
}
