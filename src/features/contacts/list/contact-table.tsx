/**
 * The contact table (tablet and desktop): header, then the rows. Rows are focusable:
 * Enter opens the contact, arrow keys move between rows, hover/focus prefetches the detail.
 */
import { useDeferredValue } from 'react'
import { isFirstContentPainted } from '../../../lib/first-content'
import { useTranslation, type TFunction } from '../../../lib/i18n'
import TableContainer from '@mui/material/TableContainer'
import { columnTracks } from './column-tracks'
import { ContactRow } from './contact-row'
import { ContactTableHead } from './contact-table-head'
import { SkeletonBody } from './contact-table-skeleton'
import { MIN_ROW_HEIGHT, ROWS_TOP_MIN, StyledTable, tableClasses } from './contact-table-styles'
import { useRowEvents, type RowActions, type RowEvents } from './row-events'
import type { Density } from './use-list-preferences'
import type { ContactTableModel } from './use-contact-table'

interface BodyProps {
  table: ContactTableModel
  density: Density
  events: RowEvents
  t: TFunction<'list'>
}

/**
 * On a cold load the first commit holds only the rows the window can show (at the density's lowest row
 * height); the rest follow in a deferred render right after that paint, which brings the first rows
 * sooner (docs/decisions.md). Later mounts (back to the list) and reloads, which may restore a scroll
 * position, mount every row at once.
 */
function firstCommitRows(count: number, density: Density): number {
  if (isFirstContentPainted() || navigationMayRestoreScroll()) return count
  return Math.min(count, Math.ceil((window.innerHeight - ROWS_TOP_MIN) / MIN_ROW_HEIGHT[density]))
}

function navigationMayRestoreScroll(): boolean {
  const [entry] = performance.getEntriesByType('navigation')
  return entry !== undefined && 'type' in entry && entry.type !== 'navigate'
}

/** The rows. Its own component, so new rows re-render neither the header nor the toolbar. */
function ContactTableRows({ table, density, events, t }: BodyProps) {
  const count = table.rows.length
  // React reads the initial value on mount only.
  const shown = useDeferredValue(count, firstCommitRows(count, density))
  return (
    <tbody role="rowgroup">
      {table.rows.slice(0, shown).map((contact) => (
        <ContactRow
          key={contact.id}
          contact={contact}
          columns={table.visibleColumns}
          selected={table.isSelected(contact)}
          events={events}
          t={t}
        />
      ))}
    </tbody>
  )
}

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
  const events = useRowEvents(actions, table)

  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <StyledTable
        className={density === 'compact' ? tableClasses.compact : undefined}
        role="table"
        style={columnTracks(table.visibleColumns, density)}
        aria-label={t('table.label')}
      >
        <ContactTableHead
          columns={table.visibleColumns}
          sort={sort}
          onSort={onSort}
          allSelected={table.allSelected}
          someSelected={table.someSelected}
          onSelectAll={events.selectAll}
        />
        {loading ? (
          <SkeletonBody columnCount={table.visibleColumns.length + 1} />
        ) : (
          <ContactTableRows table={table} density={density} events={events} t={t} />
        )}
      </StyledTable>
    </TableContainer>
  )
}
