/**
 * Reads the list state from the URL and writes changes back. Any change of what is asked for (search,
 * filters, sort, size, archived) drops the cursor, since a cursor belongs to one exact query.
 *
 * Typed search text waits for a pause before it reaches the URL. Any other action taken meanwhile takes the
 * waiting text along (it is flushed, not raced), and every write builds on the last write rather than on
 * the params of the last render, so two actions close together both land.
 *
 * Each write also starts the new page's request at once: it leaves with the click, while React renders the
 * new address, instead of after that render (the list's query then finds it in flight or done).
 */
import { useCallback, useLayoutEffect, useMemo, useRef } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { useSearchParams } from 'react-router'
import type { ContactListParams } from '../api/contact-list-params'
import { contactQueries } from '../api/contact-queries'
import { listParamsToUrl, parseListUrl } from './list-url-state'

export type ListParamsPatch = Partial<Omit<ContactListParams, 'cursor'>>

export const SEARCH_DEBOUNCE_MS = 300

export function useListUrlState() {
  const [searchParams, setSearchParams] = useSearchParams()
  const queryClient = useQueryClient()
  const { params, dropped } = useMemo(() => parseListUrl(searchParams), [searchParams])
  const latest = useRef(params)
  const pendingSearch = useRef<{ search: string; timer: number } | null>(null)

  const takePendingSearch = useCallback(() => {
    const pending = pendingSearch.current
    if (pending) window.clearTimeout(pending.timer)
    pendingSearch.current = null
    return pending
  }, [])

  useLayoutEffect(() => {
    // The search changed by other means (Back, a link): text still waiting would overwrite it.
    if (latest.current.search !== params.search) takePendingSearch()
    latest.current = params
  }, [params, takePendingSearch])
  // Nor may it land once the list is left.
  useLayoutEffect(() => () => void takePendingSearch(), [takePendingSearch])

  const write = useCallback(
    (next: ContactListParams, replace: boolean) => {
      latest.current = next
      const url = listParamsToUrl(next)
      // The params as the list will read them back from the address: the same query key.
      void queryClient.query(contactQueries.list(parseListUrl(url).params)).catch(() => undefined)
      setSearchParams(url, { replace })
    },
    [queryClient, setSearchParams],
  )

  /** Changes the query; the cursor is reset. `replace` for changes that come keystroke by keystroke. */
  const update = useCallback(
    (patch: ListParamsPatch, options: { replace?: boolean } = {}) => {
      const typed = takePendingSearch()
      const search = typed ? { search: typed.search } : {}
      write({ ...latest.current, ...search, ...patch, cursor: null }, options.replace ?? false)
    },
    [takePendingSearch, write],
  )

  /** Search text as it is typed: reaches the URL after a pause, or with the next action. */
  const searchLater = useCallback(
    (search: string) => {
      takePendingSearch()
      const timer = window.setTimeout(() => {
        pendingSearch.current = null
        if (search !== latest.current.search) write({ ...latest.current, search, cursor: null }, true)
      }, SEARCH_DEBOUNCE_MS)
      pendingSearch.current = { search, timer }
    },
    [takePendingSearch, write],
  )

  /** A page of the current query; with search text still waiting, that text's first page instead. */
  const goToCursor = useCallback(
    (cursor: string | null) => {
      const typed = takePendingSearch()
      if (typed) write({ ...latest.current, search: typed.search, cursor: null }, false)
      else write({ ...latest.current, cursor }, false)
    },
    [takePendingSearch, write],
  )

  /** Rewrites the URL in its clean form (drops what could not be used). */
  const normalize = useCallback(() => write(latest.current, true), [write])

  return { params, dropped, update, searchLater, goToCursor, normalize }
}
