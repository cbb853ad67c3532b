/**
 * The contact table (tablet and desktop): header, then the rows. Rows are focusable:
 * Enter opens the contact, arrow keys move between rows, hover/focus prefetches the detail.
 */
import { useTranslation, type TFunction } from '../../../lib/i18n'
import TableContainer from '@mui/material/TableContainer'
import { columnTracks } from './column-tracks'
import { ContactRow } from './contact-row'
import { ContactTableHead } from './contact-table-head'
import { SkeletonBody } from './contact-table-skeleton'
import { StyledTable, tableClasses } from './contact-table-styles'
import { useRowEvents, type RowActions, type RowEvents } from './row-events'
import type { Density } from './use-list-preferences'
import type { ContactTableModel } from './use-contact-table'

/** The rows. Its own component, so new rows re-render neither the header nor the toolbar. */
function ContactTableBody({
  table,
  loading,
  events,
  t,
}: {
  table: ContactTableModel
  loading: boolean
  events: RowEvents
  t: TFunction<'list'>
}) {
  if (loading) return <SkeletonBody columnCount={table.visibleColumns.length + 1} />
  return (
    <tbody role="rowgroup">
      {table.rows.map((contact) => (
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
        <ContactTableBody table={table} loading={loading} events={events} t={t} />
      </StyledTable>
    </TableContainer>
  )
}
