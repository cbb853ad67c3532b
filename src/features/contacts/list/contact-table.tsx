import { useRef } from 'react'
import { useTranslation } from '../../../lib/i18n'
import Checkbox from '@mui/material/Checkbox'
import Skeleton from '@mui/material/Skeleton'
import Table from '@mui/material/Table'
import TableBody from '@mui/material/TableBody'
import TableCell from '@mui/material/TableCell'
import TableContainer from '@mui/material/TableContainer'
import TableRow from '@mui/material/TableRow'
import type { Contact } from '../../../api/schemas/contact'
import { contactFullName } from '../shared/contact-names'
import { ContactTableHead } from './contact-table-head'
import type { Density } from './use-list-preferences'
import type { ContactTableModel } from './use-contact-table'

const SKELETON_ROWS = 8

export interface RowActions {
  onOpen: (contact: Contact) => void
  onPrefetch: (contact: Contact) => void
}

/**
 * The contact table (tablet and desktop). Rows are focusable: Enter opens the contact, arrow keys move
 * between rows, and hover/focus prefetches the detail so it opens instantly.
 */
export function ContactTable({
  table,
  sort,
  onSort,
  density,
  loading,
  actions,
}: {
  table: ContactTableModel
  sort: string | undefined
  onSort: (field: string) => void
  density: Density
  loading: boolean
  actions: RowActions
}) {
  const { t } = useTranslation('list')
  const bodyRef = useRef<HTMLTableSectionElement>(null)
  const columnCount = table.visibleColumns.length + 1

  const moveFocus = (from: HTMLElement, step: 1 | -1) => {
    const rows = [...(bodyRef.current?.querySelectorAll<HTMLElement>('tr[tabindex]') ?? [])]
    rows[rows.indexOf(from) + step]?.focus()
  }

  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <Table
        size={density === 'compact' ? 'small' : 'medium'}
        aria-label={t('table.label')}
        sx={{
          '& th, & td': { px: density === 'compact' ? 0.75 : 1.25 },
          '& th:first-of-type, & td:first-of-type': { pl: 1 },
        }}
      >
        <ContactTableHead table={table} sort={sort} onSort={onSort} />
        <TableBody ref={bodyRef}>
          {loading
            ? Array.from({ length: SKELETON_ROWS }, (_, index) => (
                <TableRow key={index} aria-hidden>
                  <TableCell colSpan={columnCount}>
                    <Skeleton variant="text" />
                  </TableCell>
                </TableRow>
              ))
            : table.rows.map((contact) => {
                const selected = table.isSelected(contact)
                const name = contactFullName(contact) ?? t('cells.noName')
                return (
                  <TableRow
                    key={contact.id}
                    hover
                    selected={selected}
                    tabIndex={0}
                    onClick={() => actions.onOpen(contact)}
                    onMouseEnter={() => actions.onPrefetch(contact)}
                    onFocus={() => actions.onPrefetch(contact)}
                    onKeyDown={(event) => {
                      if (event.target !== event.currentTarget) return
                      if (event.key === 'Enter') actions.onOpen(contact)
                      else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                        event.preventDefault()
                        moveFocus(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1)
                      }
                    }}
                    sx={{
                      cursor: 'pointer',
                      verticalAlign: 'top',
                      '&:focus-visible': { outline: 2, outlineColor: 'primary.main', outlineOffset: -2 },
                      ...(contact.deleted_at ? { '& td': { color: 'text.secondary' } } : {}),
                    }}
                  >
                    <TableCell padding="checkbox" onClick={(event) => event.stopPropagation()}>
                      <Checkbox
                        checked={selected}
                        onChange={(event) => table.setSelected(contact, event.target.checked)}
                        slotProps={{ input: { 'aria-label': t('selection.selectRow', { name }) } }}
                      />
                    </TableCell>
                    {table.visibleColumns.map((column) => (
                      <TableCell key={column.id}>{column.cell(contact)}</TableCell>
                    ))}
                  </TableRow>
                )
              })}
        </TableBody>
      </Table>
    </TableContainer>
  )
}
