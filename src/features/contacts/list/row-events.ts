/** What a row or card does on click, keys, hover and selection: one stable object per list. */
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { Contact } from '../../../api/schemas/contact'
import type { ContactTableModel } from './use-contact-table'

export interface RowActions {
  onOpen: (contact: Contact) => void
  onPrefetch: (contact: Contact) => void
}

/**
 * How long the pointer must rest on a row before its detail is prefetched: rows that only pass under the
 * pointer (while the page scrolls, or on the way elsewhere) fetch nothing.
 */
export const HOVER_PREFETCH_DELAY_MS = 150

/** What a row does: one object per table that never changes, so unchanged rows skip re-rendering. */
export interface RowEvents {
  open: (contact: Contact) => void
  /** Keyboard focus: prefetch at once. */
  prefetch: (contact: Contact) => void
  /** The pointer entered a row: prefetch once it rests there (see HOVER_PREFETCH_DELAY_MS). */
  hoverStart: (contact: Contact) => void
  hoverEnd: () => void
  select: (contact: Contact, selected: boolean) => void
  /** The header box: every row of the page. */
  selectAll: (selected: boolean) => void
}

/** Stable row handlers that always call the latest actions and table model (table and card list). */
export function useRowEvents(actions: RowActions, table: ContactTableModel): RowEvents {
  const latest = useRef({ actions, table })
  const hoverTimer = useRef<ReturnType<typeof setTimeout>>(undefined)
  useLayoutEffect(() => {
    latest.current = { actions, table }
  })
  useEffect(() => () => clearTimeout(hoverTimer.current), [])
  const [events] = useState<RowEvents>(() => ({
    open: (contact) => latest.current.actions.onOpen(contact),
    prefetch: (contact) => latest.current.actions.onPrefetch(contact),
    hoverStart: (contact) => {
      clearTimeout(hoverTimer.current)
      hoverTimer.current = setTimeout(
        () => latest.current.actions.onPrefetch(contact),
        HOVER_PREFETCH_DELAY_MS,
      )
    },
    hoverEnd: () => clearTimeout(hoverTimer.current),
    select: (contact, selected) => latest.current.table.setSelected(contact, selected),
    selectAll: (selected) => latest.current.table.setAllSelected(selected),
  }))
  return events
}
