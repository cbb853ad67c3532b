import { memo, useEffect, useLayoutEffect, useRef, useState, type CSSProperties } from 'react'
import { useTranslation, type TFunction } from '../../../lib/i18n'
import Skeleton from '@mui/material/Skeleton'
import Table from '@mui/material/Table'
import TableContainer from '@mui/material/TableContainer'
import { styled } from '@mui/material/styles'
import type { Contact } from '../../../api/schemas/contact'
import { contactFullName } from '../shared/contact-names'
import { cellClasses, cellStyles } from './contact-cells'
import type { ContactColumn } from './contact-columns'
import { ContactTableHead, headStyles } from './contact-table-head'
import { clickOpensRow, ROW_CONTROL_CLASS } from './row-click'
import { RowCheckbox, rowCheckboxStyles } from './row-checkbox'
import type { Density } from './use-list-preferences'
import type { ContactTableModel } from './use-contact-table'

const SKELETON_ROWS = 8
/** The column tracks shared by the header row and every body row (see StyledTable). */
const COLUMNS_VAR = '--contact-table-columns'
/** The selection column: checkbox plus padding, per density. */
const CONTROL_WIDTH = { standard: 66, compact: 44 } as const

export interface RowActions {
  onOpen: (contact: Contact) => void
  onPrefetch: (contact: Contact) => void
}

/**
 * How long the pointer must rest on a row before its detail is prefetched. Rows that only pass under the
 * pointer — while the page scrolls under a resting mouse, or on the way to somewhere else — fetch
 * nothing: scrolling through 100 rows used to fire a detail request (and its parsing) for nearly each.
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

/** What a table row and a phone card show and do (both are memoised on these props). */
export interface ContactItemProps {
  contact: Contact
  columns: readonly ContactColumn[]
  selected: boolean
  events: RowEvents
  t: TFunction<'list'>
}

/** The selection box of a row or card, labelled with the contact's name. */
export function SelectContact({
  contact,
  name,
  selected,
  events,
  t,
}: Omit<ContactItemProps, 'columns'> & { name: string }) {
  return (
    <RowCheckbox
      checked={selected}
      onChange={(event) => events.select(contact, event.target.checked)}
      label={t('selection.selectRow', { name })}
    />
  )
}

/**
 * A cell cut with "…" gets its whole text as a native tooltip when the pointer comes to its row (read
 * from the cell itself, so it is always what the cell holds; no MUI Tooltip: Popper on the first page).
 */
function titleCutCells(row: HTMLTableRowElement) {
  for (const cell of row.cells) {
    if (cell.classList.contains(ROW_CONTROL_CLASS)) continue
    // Compact shows a list inline; the tooltip puts each item on its own line.
    const items = [...cell.querySelectorAll('li')].map((item) => item.innerText)
    const cut = cell.scrollWidth > cell.clientWidth
    cell.title = cut ? (items.length ? items.join('\n') : cell.innerText) : ''
  }
}

/** Moves focus to the previous or next row (the rows are the table's keyboard stops). */
function moveFocus(from: HTMLElement, step: 1 | -1) {
  const target = step === 1 ? from.nextElementSibling : from.previousElementSibling
  if (target instanceof HTMLElement && target.tabIndex === 0) target.focus()
}

const classes = {
  compact: 'ContactTable-compact',
  row: 'ContactTable-row',
  selected: 'Mui-selected',
  archived: 'ContactTable-archived',
} as const

/**
 * Compact is one line a row: every cell on one line, cut with "…" (see titleCutCells), lists and
 * captions run inline. A row with keyboard focus shows its cells in full.
 */
const c = cellClasses
const compactStyles = {
  [`&.${classes.compact} > tbody > tr > td`]: {
    whiteSpace: 'nowrap',
    [`& :is(.${c.name}, .${c.client}, .${c.caption}, .${c.companies}, li)`]: { display: 'inline' },
    [`& .${c.name}`]: { marginRight: 6 },
    // Line height 1: the smaller caption font must not make its line taller than the row's.
    [`& .${c.caption}`]: { marginLeft: 6, lineHeight: 1 },
    // Chromium breaks at <wbr> even in a nowrap line.
    '& wbr': { display: 'none' },
    '& li + li::before': { content: '", "' },
  },
  [`& > tbody > tr:focus-within > td, & > tbody > tr:focus-within .${c.nowrap}`]: {
    whiteSpace: 'normal',
  },
} as const

/**
 * The body's rows and cells are plain `tr`/`td` styled here, once for the table, instead of MUI
 * TableRow/TableCell (an Emotion class resolved for each of 2,000 cells). The look is MUI's: TableCell's
 * body styles, TableRow's hover and selected colours, and the list's own padding per density.
 */
const StyledTable = styled(Table)(({ theme }) => {
  const palette = (theme.vars ?? theme).palette
  const selected = theme.alpha(palette.primary.main, palette.action.selectedOpacity)
  return {
    // Table semantics (explicit roles in the markup), block layout: every row is its own grid with the
    // same column tracks, and contains its layout and paint. Adding rows then lays out and
    // paints just those rows, and a scroll re-records only rows that come into the paint window; an HTML
    // table lays out and repaints all 2,000 cells of a 100-row page each time.
    display: 'block',
    '& > thead, & > tbody': { display: 'block' },
    '& > * > tr': { display: 'grid', gridTemplateColumns: `var(${COLUMNS_VAR})` },
    '& > thead > tr': {
      alignItems: 'end',
      borderBottom: `1px solid ${theme.vars ? theme.vars.palette.TableCell.border : palette.divider}`,
    },
    ...headStyles(theme),
    '& > tbody': { ...theme.typography.body2, color: palette.text.primary },
    '& > tbody > tr': {
      contain: 'layout paint',
      borderBottom: `1px solid ${theme.vars ? theme.vars.palette.TableCell.border : palette.divider}`,
    },
    // A cell keeps to its column: long words break, and a line that must not (email halves, phone
    // numbers) is cut with "…" — never painted over the next cell (see titleCutCells for its whole text).
    '& > tbody > tr > td': { textAlign: 'left', minWidth: 0, overflowWrap: 'anywhere' },
    [`& > tbody > tr > td:not(.${ROW_CONTROL_CLASS})`]: { overflow: 'hidden', textOverflow: 'ellipsis' },
    [`& > tbody > tr > td .${cellClasses.name}`]: { minWidth: 0, maxWidth: '100%' },
    ...compactStyles,
    '& > tbody > tr > td[colspan]': { gridColumn: '1 / -1' },
    // The list's padding per density (MUI's medium and small cells with narrower sides).
    '& > * > tr > *': { padding: '16px 10px' },
    [`&.${classes.compact} > * > tr > *`]: { padding: 6 },
    [`& > * > tr > .${ROW_CONTROL_CLASS}`]: { width: 48, padding: '0 10px 0 8px' },
    [`&.${classes.compact} > * > tr > .${ROW_CONTROL_CLASS}`]: {
      width: 24,
      padding: '0 12px 0 8px',
      '& > *': { padding: 0 },
    },
    [`& .${classes.row}`]: {
      verticalAlign: 'top',
      cursor: 'pointer',
      outline: 0,
      '&:hover': { backgroundColor: palette.action.hover },
      '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: -2 },
    },
    [`& .${classes.row}.${classes.selected}`]: {
      backgroundColor: selected,
      '&:hover': {
        backgroundColor: theme.alpha(
          palette.primary.main,
          `${palette.action.selectedOpacity} + ${palette.action.hoverOpacity}`,
        ),
      },
    },
    [`& .${classes.row}.${classes.archived}`]: { color: palette.text.secondary },
    ...rowCheckboxStyles(theme),
    ...cellStyles(theme),
  }
})

/** One contact. Memoised: selecting a row re-renders only the rows whose contact or selection changed. */
const ContactRow = memo(function ContactRow({ contact, columns, selected, events, t }: ContactItemProps) {
  const name = contactFullName(contact) ?? t('cells.noName')
  let className: string = classes.row
  if (selected) className += ` ${classes.selected}`
  if (contact.deleted_at) className += ` ${classes.archived}`
  return (
    <tr
      role="row"
      className={className}
      tabIndex={0}
      onClick={(event) => {
        if (clickOpensRow(event)) events.open(contact)
      }}
      onMouseEnter={(event) => {
        titleCutCells(event.currentTarget)
        events.hoverStart(contact)
      }}
      onMouseLeave={events.hoverEnd}
      onFocus={() => events.prefetch(contact)}
      onKeyDown={(event) => {
        if (event.target !== event.currentTarget) return
        if (event.key === 'Enter') events.open(contact)
        else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault()
          moveFocus(event.currentTarget, event.key === 'ArrowDown' ? 1 : -1)
        }
      }}
    >
      <td role="cell" className={ROW_CONTROL_CLASS}>
        <SelectContact contact={contact} name={name} selected={selected} events={events} t={t} />
      </td>
      {columns.map((column) => (
        <td key={column.id} role="cell">
          {column.cell(contact)}
        </td>
      ))}
    </tr>
  )
})

/** Placeholder rows while the page loads. */
const SkeletonBody = memo(function SkeletonBody({ columnCount }: { columnCount: number }) {
  return (
    <tbody role="rowgroup">
      {Array.from({ length: SKELETON_ROWS }, (_, index) => (
        <tr key={index} aria-hidden>
          <td colSpan={columnCount}>
            <Skeleton variant="text" />
          </td>
        </tr>
      ))}
    </tbody>
  )
})

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

/**
 * Column tracks from the column model (see ContactColumn.width), the same for every row: they depend on
 * the table's width only, never on a cell's content.
 */
function columnTracks(columns: readonly ContactColumn[], controlWidth: number): CSSProperties {
  const tracks = columns.map(({ minWidth, width }) => `minmax(${minWidth}px, ${width}fr)`)
  const style: CSSProperties & Record<typeof COLUMNS_VAR, string> = {
    [COLUMNS_VAR]: [`${controlWidth}px`, ...tracks].join(' '),
    minWidth: columns.reduce((sum, { minWidth }) => sum + minWidth, controlWidth),
  }
  return style
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
  const events = useRowEvents(actions, table)

  return (
    <TableContainer sx={{ overflowX: 'auto' }}>
      <StyledTable
        size={density === 'compact' ? 'small' : 'medium'}
        className={density === 'compact' ? classes.compact : undefined}
        role="table"
        style={columnTracks(table.visibleColumns, CONTROL_WIDTH[density])}
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
