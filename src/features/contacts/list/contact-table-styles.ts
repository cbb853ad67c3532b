/**
 * The table's look: plain `tr`/`td` styled once for the whole table (see StyledTable), with the compact
 * density's one-line rows.
 */
import { styled } from '@mui/material/styles'
import { cellClasses, cellStyles } from './contact-cells'
import { COLUMNS_VAR } from './column-tracks'
import { headStyles } from './contact-table-head'
import { ROW_CONTROL_CLASS } from './row-click'
import { rowCheckboxStyles } from './row-checkbox'

export const tableClasses = {
  compact: 'ContactTable-compact',
  row: 'ContactTable-row',
  selected: 'Mui-selected',
  archived: 'ContactTable-archived',
} as const

/** The cells' padding above and below their text, per density. */
const CELL_PADDING_Y = { standard: 16, compact: 6 } as const

/**
 * The lowest a body row can be per density: one line of body2 (20 px) between the cells' paddings, and
 * the 1 px rule. How many rows a window can show at most follows from it.
 */
export const MIN_ROW_HEIGHT = {
  standard: 2 * CELL_PADDING_Y.standard + 20 + 1,
  compact: 2 * CELL_PADDING_Y.compact + 20 + 1,
} as const

/** The least space above the first body row on the list's first screen: app bar, heading, toolbar, header. */
export const ROWS_TOP_MIN = 240

/**
 * Compact is one line a row: every cell on one line, cut with "…" (see titleCutCells), lists and
 * captions run inline. A row with keyboard focus shows its cells in full.
 */
const c = cellClasses
const compactStyles = {
  [`&.${tableClasses.compact} > tbody > tr > td`]: {
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
 * A plain `table`, not MUI's Table: wrapping a component that styles itself made Emotion build and insert
 * all these rules twice, once for the wrapper's class and once merged into the Table's own.
 */
export const StyledTable = styled('table')(({ theme }) => {
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
    '& > * > tr > *': { padding: `${CELL_PADDING_Y.standard}px 10px` },
    [`&.${tableClasses.compact} > * > tr > *`]: { padding: CELL_PADDING_Y.compact },
    [`& > * > tr > .${ROW_CONTROL_CLASS}`]: { width: 48, padding: '0 10px 0 8px' },
    [`&.${tableClasses.compact} > * > tr > .${ROW_CONTROL_CLASS}`]: {
      width: 24,
      padding: '0 12px 0 8px',
      '& > *': { padding: 0 },
    },
    [`& .${tableClasses.row}`]: {
      verticalAlign: 'top',
      cursor: 'pointer',
      outline: 0,
      '&:hover': { backgroundColor: palette.action.hover },
      '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: -2 },
    },
    [`& .${tableClasses.row}.${tableClasses.selected}`]: {
      backgroundColor: selected,
      '&:hover': {
        backgroundColor: theme.alpha(
          palette.primary.main,
          `${palette.action.selectedOpacity} + ${palette.action.hoverOpacity}`,
        ),
      },
    },
    [`& .${tableClasses.row}.${tableClasses.archived}`]: { color: palette.text.secondary },
    ...rowCheckboxStyles(theme),
    ...cellStyles(theme),
  }
})
