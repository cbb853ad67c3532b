/**
 * The list's column model and row selection: columns (incl. one per custom field), which of them are
 * shown (the user's stored choice over each column's default), and the selected rows. Selection belongs
 * to one query: a new page, search or sort starts empty, so a bulk action never touches rows the user can
 * no longer see.
 */
import { useMemo, useState } from 'react'
import { useHref } from 'react-router'
import { useTranslation } from '../../../lib/i18n'
import type { Contact } from '../../../api/schemas/contact'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { buildContactColumns, visibleColumns, type ContactColumn } from './contact-columns'
import { useFlagUrls } from '../shared/use-flag-urls'

const NO_ROWS: readonly Contact[] = []
const NONE: ReadonlySet<string> = new Set()

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
  /** Changes whenever the rows belong to another query (page, search, sort …). */
  selectionScope: string
}) {
  const { t } = useTranslation('list')
  const rows = loadedRows ?? NO_ROWS
  const contactsHref = useHref('/contacts')
  const flagUrls = useFlagUrls()
  // Rebuilt (and every row re-rendered) only when the language, the custom fields or the flags change —
  // not when a refetch brings a new but equal list of custom fields.
  const columns = useMemo(
    () =>
      buildContactColumns(t, customFields, {
        detailHref: (id) => `${contactsHref}/${encodeURIComponent(id)}`,
        flagUrls,
      }),
    [t, customFields, contactsHref, flagUrls],
  )
  const shown = useMemo(() => visibleColumns(columns, storedVisibility), [columns, storedVisibility])
  const [selection, setSelection] = useState<{ scope: string; ids: ReadonlySet<string> }>({
    scope: selectionScope,
    ids: NONE,
  })
  const selectedIds = selection.scope === selectionScope ? selection.ids : NONE

  const select = (contacts: readonly Contact[], selected: boolean) =>
    setSelection((current) => {
      const ids = new Set(current.scope === selectionScope ? current.ids : NONE)
      for (const contact of contacts) {
        if (selected) ids.add(contact.id)
        else ids.delete(contact.id)
      }
      return { scope: selectionScope, ids }
    })

  const selectedContacts = rows.filter((contact) => selectedIds.has(contact.id))
  const allSelected = rows.length > 0 && selectedContacts.length === rows.length

  const table: ContactTableModel = {
    columns,
    visibleColumns: shown,
    rows,
    isSelected: (contact) => selectedIds.has(contact.id),
    setSelected: (contact, selected) => select([contact], selected),
    allSelected,
    someSelected: !allSelected && selectedContacts.length > 0,
    setAllSelected: (selected) => select(rows, selected),
  }
  const clearSelection = () => setSelection({ scope: selectionScope, ids: NONE })

  return { table, selectedContacts, clearSelection }
}
