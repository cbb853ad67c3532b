/**
 * The headless table of the list: columns (incl. one per custom field), visibility from the user's stored
 * choice, and row selection. Selection belongs to one query: a new page, search or sort starts empty, so
 * a bulk action never touches rows the user can no longer see.
 */
import { useMemo, useState } from 'react'
import { useTranslation } from '../../../lib/i18n'
import { getCoreRowModel, useReactTable, type RowSelectionState, type Updater } from '@tanstack/react-table'
import type { Contact } from '../../../api/schemas/contact'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { buildContactColumns, columnVisibility } from './contact-columns'

const NO_ROWS: Contact[] = []

export function useContactTable({
  rows,
  customFields,
  storedVisibility,
  selectionScope,
}: {
  rows: Contact[] | undefined
  customFields: readonly CustomFieldInfo[]
  storedVisibility: Record<string, boolean>
  /** Changes whenever the rows belong to another query (page, search, sort …). */
  selectionScope: string
}) {
  const { t } = useTranslation('list')
  const columns = useMemo(() => buildContactColumns(t, customFields), [t, customFields])
  const visibility = useMemo(() => columnVisibility(columns, storedVisibility), [columns, storedVisibility])
  const [selection, setSelection] = useState<{ scope: string; rows: RowSelectionState }>({
    scope: selectionScope,
    rows: {},
  })
  const rowSelection = selection.scope === selectionScope ? selection.rows : {}

  const onRowSelectionChange = (updater: Updater<RowSelectionState>) =>
    setSelection((current) => {
      const previous = current.scope === selectionScope ? current.rows : {}
      return { scope: selectionScope, rows: typeof updater === 'function' ? updater(previous) : updater }
    })

  // eslint-disable-next-line react-hooks/incompatible-library -- the table instance is used in render only
  const table = useReactTable({
    data: rows ?? NO_ROWS,
    columns,
    getRowId: (contact) => contact.id,
    getCoreRowModel: getCoreRowModel(),
    state: { columnVisibility: visibility, rowSelection },
    onRowSelectionChange,
    enableRowSelection: true,
  })

  const selectedContacts = (rows ?? NO_ROWS).filter((contact) => rowSelection[contact.id])
  const clearSelection = () => setSelection({ scope: selectionScope, rows: {} })

  return { table, columns, selectedContacts, clearSelection }
}
