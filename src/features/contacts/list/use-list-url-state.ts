/**
 * Reads the list state from the URL and writes changes back. Any change of what is asked for (search,
 * filters, sort, size, archived) drops the cursor, since a cursor belongs to one exact query.
 */
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { ContactListParams } from '../api/contact-list-params'
import { listParamsToUrl, parseListUrl } from './list-url-state'

export type ListParamsPatch = Partial<Omit<ContactListParams, 'cursor'>>

export function useListUrlState() {
  const [searchParams, setSearchParams] = useSearchParams()
  const { params, dropped } = useMemo(() => parseListUrl(searchParams), [searchParams])

  const write = useCallback(
    (next: ContactListParams, replace: boolean) => setSearchParams(listParamsToUrl(next), { replace }),
    [setSearchParams],
  )

  /** Changes the query; the cursor is reset. `replace` for changes that come keystroke by keystroke. */
  const update = useCallback(
    (patch: ListParamsPatch, options: { replace?: boolean } = {}) =>
      write({ ...params, ...patch, cursor: null }, options.replace ?? false),
    [params, write],
  )

  const goToCursor = useCallback(
    (cursor: string | null) => write({ ...params, cursor }, false),
    [params, write],
  )

  /** Rewrites the URL in its clean form (drops what could not be used). */
  const normalize = useCallback(() => write(params, true), [params, write])

  return { params, dropped, update, goToCursor, normalize }
}
