import {
  DEFAULT_ARCHIVED,
  DEFAULT_PAGE_SIZE,
  KANBERT_PRODUCTION_BASE_URL,
  MAX_PAGE_SIZE,
  queryParams,
  type ArchivedValue,
} from '../../../contract/kanbert-contract'
import { compileFilter } from '../filter/compile-filter'
import type { FilterNode } from '../filter/filter-ast'
import { parseDsl } from '../filter/dsl-parser'
import { parseFormFilter, parseJsonFilter } from '../filter/json-filter'
import { ApiError, jsonResponse } from '../responses'
import type { EmulatorResponse } from '../types'
import { decodeCursor, encodeCursor } from './cursor'
import { filterFieldInfo, sortSetup, type ListResource } from './list-resource'
import { comparePositions, formatSort, parseSort, type SortPosition } from './sort'

export interface ListEnvironment {
  meId: string
  now: number
}

export function parsePageSize(raw: string | null): number {
  if (raw === null || raw === '') return DEFAULT_PAGE_SIZE
  if (!/^\d+$/.test(raw.trim()) || Number(raw) < 1) {
    throw new ApiError(400, 'The page[size] parameter must be an integer of at least 1.')
  }
  // GAP: the real maximum is unknown; larger requests are clamped rather than refused.
  return Math.min(Number(raw), MAX_PAGE_SIZE)
}

export function parseIncludes(raw: string | null, allowed: readonly string[]): Set<string> {
  const names = (raw ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '')
  for (const name of names) {
    if (!allowed.includes(name)) {
      throw new ApiError(
        400,
        `Requested include(s) \`${name}\` are not allowed. Allowed include(s) are \`${allowed.join(', ')}\`.`,
      )
    }
  }
  return new Set(names)
}

export function parseFilterParam(query: URLSearchParams): FilterNode | null {
  const raw = query.get(queryParams.filter)
  if (raw !== null && raw.trim() !== '') {
    const trimmed = raw.trim()
    return trimmed.startsWith('[') || trimmed.startsWith('{') ? parseJsonFilter(trimmed) : parseDsl(trimmed)
  }
  return parseFormFilter(query)
}

const cursorUrl = (path: string, cursor: string | null): string | null =>
  cursor === null ? null : `${KANBERT_PRODUCTION_BASE_URL}${path}?page%5Bcursor%5D=${cursor}`

/** GET list: filter → archived scope → sort → keyset page → `{data, links, meta}` envelope (§3.2). */
export function listResponse<T>(
  resource: ListResource<T>,
  query: URLSearchParams,
  env: ListEnvironment,
): EmulatorResponse {
  const includes = parseIncludes(query.get(queryParams.include), resource.includes ?? [])
  const perPage = parsePageSize(query.get(queryParams.pageSize))
  const setup = sortSetup(resource)
  const keys = parseSort(query.get(queryParams.sort) ?? resource.defaultSort, setup)
  const sort = formatSort(keys)

  const node = parseFilterParam(query)
  const compiled = node
    ? compileFilter(node, {
        field: (f) => filterFieldInfo(resource, f),
        value: resource.value,
        meId: env.meId,
        now: env.now,
      })
    : null
  const scope: ArchivedValue = compiled?.archived ?? DEFAULT_ARCHIVED
  const isArchived = resource.isArchived
  const matches = resource.items().filter((item) => {
    if (isArchived) {
      const archived = isArchived(item)
      if ((scope === 'without' && archived) || (scope === 'only' && !archived)) return false
    }
    return compiled ? compiled.predicate(item) : true
  })

  const positionOf = (item: T): SortPosition => ({
    values: keys.map((k) => resource.value(item, k.field)),
    id: resource.id(item),
  })
  const ordered = matches
    .map((item) => ({ item, position: positionOf(item) }))
    .sort((a, b) => comparePositions(a.position, b.position, keys, setup))

  let start = 0
  let end = Math.min(perPage, ordered.length)
  const rawCursor = query.get(queryParams.pageCursor)
  if (rawCursor !== null && rawCursor !== '') {
    const cursor = decodeCursor(rawCursor, sort)
    const cmp = (entry: { position: SortPosition }): number =>
      comparePositions(entry.position, cursor.position, keys, setup)
    if (cursor.forward) {
      const firstAfter = ordered.findIndex((entry) => cmp(entry) > 0)
      start = firstAfter === -1 ? ordered.length : firstAfter
      end = Math.min(start + perPage, ordered.length)
    } else {
      const firstAtOrAfter = ordered.findIndex((entry) => cmp(entry) >= 0)
      end = firstAtOrAfter === -1 ? ordered.length : firstAtOrAfter
      start = Math.max(0, end - perPage)
    }
  }

  const page = ordered.slice(start, end)
  const first = page[0]
  const last = page[page.length - 1]
  const nextCursor =
    last && end < ordered.length ? encodeCursor({ sort, position: last.position, forward: true }) : null
  const prevCursor =
    first && start > 0 ? encodeCursor({ sort, position: first.position, forward: false }) : null

  return jsonResponse(200, {
    data: page.map((entry) => resource.serialize(entry.item, includes)),
    links: [],
    meta: {
      path: `${KANBERT_PRODUCTION_BASE_URL}${resource.path}`,
      per_page: perPage,
      next_cursor: nextCursor,
      next_cursor_url: cursorUrl(resource.path, nextCursor),
      prev_cursor: prevCursor,
      prev_cursor_url: cursorUrl(resource.path, prevCursor),
    },
  })
}
