/**
 * The list's column model and row selection: columns (incl. one per custom field), which of them are
 * shown (the user's stored choice over each column's default), and the selected contacts. A selection
 * belongs to one search and filter set: it survives paging (and "all N matching" selects contacts of
 * pages not shown), while another search, filter or sort starts empty.
 */
import { useMemo, useState } from 'react'
import { useHref } from 'react-router'
import { useTranslation } from '../../../lib/i18n'
import type { Contact } from '../../../api/schemas/contact'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { buildContactColumns, visibleColumns, type ContactColumn } from './contact-columns'

const NO_ROWS: readonly Contact[] = []
const NONE: ReadonlyMap<string, Contact> = new Map()

export interface ContactTableModel {
  /** Every column, in order (the column chooser lists the hideable ones). */
  columns: readonly ContactColumn[]
  /** The columns shown, in order. */
  visibleColumns: readonly ContactColumn[]
  rows: readonly Contact[]
  isSelected: (contact: Contact) => boolean
  setSelected: (contact: Contact, selected: boolean) => void
  /** True when the page has rows and all of them are selected. */
  allSelected: boolean
  /** True when some, but not all, rows of the page are selected (the header box is indeterminate). */
  someSelected: boolean
  setAllSelected: (selected: boolean) => void
}

export function useContactTable({
  rows: loadedRows,
  customFields,
  storedVisibility,
  selectionScope,
}: {
  rows: readonly Contact[] | undefined
  /** Equal lists are the same array (see useContactListData), so the columns are rebuilt only on a change. */
  customFields: readonly CustomFieldInfo[]
  storedVisibility: Record<string, boolean>
  /** Changes whenever the rows belong to another search, filter or sort (not on paging). */
  selectionScope: string
}) {
  const { t } = useTranslation('list')
  const rows = loadedRows ?? NO_ROWS
  const contactsHref = useHref('/contacts')
  // Rebuilt (and every row re-rendered) only when the language or the custom fields change —
  // not when a refetch brings a new but equal list of custom fields.
  const columns = useMemo(
    () =>
      buildContactColumns(t, customFields, {
        detailHref: (id) => `${contactsHref}/${encodeURIComponent(id)}`,
      }),
    [t, customFields, contactsHref],
  )
  const shown = useMemo(() => visibleColumns(columns, storedVisibility), [columns, storedVisibility])
  const [selection, setSelection] = useState<{ scope: string; byId: ReadonlyMap<string, Contact> }>({
    scope: selectionScope,
    byId: NONE,
  })
  const selected = selection.scope === selectionScope ? selection.byId : NONE

  const select = (contacts: readonly Contact[], on: boolean) =>
    setSelection((current) => {
      const byId = new Map(current.scope === selectionScope ? current.byId : NONE)
      for (const contact of contacts) {
        if (on) byId.set(contact.id, contact)
        else byId.delete(contact.id)
      }
      return { scope: selectionScope, byId }
    })

  // A row of the shown page is newer than the copy kept when it was selected.
  const pageRows = new Map(rows.map((contact) => [contact.id, contact]))
  const selectedContacts = [...selected.values()].map((contact) => pageRows.get(contact.id) ?? contact)
  const selectedOnPage = rows.filter((contact) => selected.has(contact.id)).length
  const allSelected = rows.length > 0 && selectedOnPage === rows.length

  const table: ContactTableModel = {
    columns,
    visibleColumns: shown,
    rows,
    isSelected: (contact) => selected.has(contact.id),
    setSelected: (contact, on) => select([contact], on),
    allSelected,
    someSelected: !allSelected && selectedOnPage > 0,
    setAllSelected: (on) => select(rows, on),
  }
  /** Replaces the selection (select all matching; the failed contacts of a bulk run). */
  const replaceSelection = (contacts: readonly Contact[]) =>
    setSelection({ scope: selectionScope, byId: new Map(contacts.map((contact) => [contact.id, contact])) })
  const clearSelection = () => setSelection({ scope: selectionScope, byId: NONE })

  return { table, selectedContacts, replaceSelection, clearSelection }
}
