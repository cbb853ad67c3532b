import { memo } from 'react'
import { useTranslation } from '../../../lib/i18n'
import Checkbox from '@mui/material/Checkbox'
import type { CSSObject, Theme } from '@mui/material/styles'
import { ROW_CONTROL_CLASS } from './row-click'
import { effectiveSort } from './sort-state'
import type { ContactColumn } from './contact-columns'

const classes = {
  sortOptions: 'ContactTableHead-sortOptions',
  sortLabel: 'ContactTableHead-sortLabel',
  active: 'ContactTableHead-active',
  icon: 'ContactTableHead-sortIcon',
  desc: 'ContactTableHead-desc',
} as const

/**
 * The header's look — MUI's head TableCell and TableSortLabel (arrow on hover, shown when active, the
 * theme's focus ring) — as CSS for the table root. The header renders with every page render (new data,
 * each selection), and up to 20 MUI cells with a ButtonBase per sort key made it the costliest part of
 * those renders; plain `th`s and native buttons render in a fraction of that.
 */
export function headStyles(theme: Theme): CSSObject {
  const palette = (theme.vars ?? theme).palette
  const c = classes
  return {
    '& > thead > tr > th': {
      ...theme.typography.body2,
      lineHeight: theme.typography.pxToRem(24),
      fontWeight: 600,
      color: palette.text.primary,
      textAlign: 'left',
    },
    [`& > thead > tr > th.${ROW_CONTROL_CLASS}`]: {
      fontWeight: theme.typography.fontWeightMedium,
      alignSelf: 'center',
    },
    [`& .${c.sortOptions}`]: {
      display: 'inline-flex',
      flexWrap: 'wrap',
      columnGap: theme.spacing(0.5),
      alignItems: 'center',
    },
    [`& .${c.sortLabel}`]: {
      display: 'inline-flex',
      justifyContent: 'flex-start',
      alignItems: 'center',
      margin: 0,
      padding: 0,
      border: 0,
      background: 'none',
      color: 'inherit',
      font: 'inherit',
      letterSpacing: 'inherit',
      textAlign: 'inherit',
      whiteSpace: 'nowrap',
      cursor: 'pointer',
      userSelect: 'none',
      '&:focus': { color: palette.text.secondary },
      '&:focus-visible': { outline: `2px solid ${palette.primary.main}`, outlineOffset: 2 },
      '&:hover': { color: palette.text.secondary, [`& .${c.icon}`]: { opacity: 0.5 } },
    },
    // "Last name / First name"
    [`& .${c.sortLabel} + .${c.sortLabel}::before`]: {
      content: '"/"',
      color: palette.text.disabled,
      marginRight: theme.spacing(1),
    },
    [`& .${c.sortLabel}.${c.active}`]: {
      color: palette.text.primary,
      [`& .${c.icon}`]: { opacity: 1, color: palette.text.secondary },
    },
    [`& .${c.icon}`]: {
      display: 'inline-block',
      flexShrink: 0,
      width: '1em',
      height: '1em',
      fontSize: 18,
      margin: '0 4px',
      fill: 'currentColor',
      opacity: 0,
      transform: 'rotate(180deg)',
      transition: theme.transitions.create(['opacity', 'transform'], {
        duration: theme.transitions.duration.shorter,
      }),
      userSelect: 'none',
    },
    [`& .${c.icon}.${c.desc}`]: { transform: 'rotate(0deg)' },
  }
}

// MUI's ArrowDownward icon (TableSortLabel's); turned up for ascending.
const ARROW = 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z'

/**
 * Header row: the selection checkbox, then one cell per visible column. Sortable columns get a sort
 * button per API sort key (the name column offers last and first name), and the `th` carries
 * `aria-sort` when it holds the current order. Memoised: a page of rows arriving leaves it as it is.
 */
export const ContactTableHead = memo(function ContactTableHead({
  columns,
  sort,
  onSort,
  allSelected,
  someSelected,
  onSelectAll,
}: {
  columns: readonly ContactColumn[]
  sort: string | undefined
  onSort: (field: string) => void
  allSelected: boolean
  someSelected: boolean
  onSelectAll: (selected: boolean) => void
}) {
  const { t } = useTranslation('list')
  // With no sort chosen, the header of the API's default order (Created, when shown) says so.
  const current = effectiveSort(sort)
  return (
    <thead role="rowgroup">
      <tr role="row">
        <th role="columnheader" className={ROW_CONTROL_CLASS}>
          <Checkbox
            checked={allSelected}
            indeterminate={someSelected}
            onChange={(event) => onSelectAll(event.target.checked)}
            slotProps={{ input: { 'aria-label': t('selection.selectPage') } }}
          />
        </th>
        {columns.map(({ id, label, sortFields }) => {
          const sorted = sortFields.some((option) => option.field === current?.field)
          const ariaSort = current?.direction === 'asc' ? 'ascending' : 'descending'
          return (
            <th key={id} role="columnheader" scope="col" aria-sort={sorted ? ariaSort : undefined}>
              {sortFields.length === 0 ? (
                label
              ) : (
                <span className={classes.sortOptions}>
                  {sortFields.map((option) => {
                    const direction = option.field === current?.field ? current.direction : undefined
                    return (
                      <button
                        key={option.field}
                        type="button"
                        className={direction ? `${classes.sortLabel} ${classes.active}` : classes.sortLabel}
                        onClick={() => onSort(option.field)}
                      >
                        {option.label}
                        <svg
                          className={direction === 'desc' ? `${classes.icon} ${classes.desc}` : classes.icon}
                          viewBox="0 0 24 24"
                          aria-hidden="true"
                          focusable="false"
                        >
                          <path d={ARROW} />
                        </svg>
                      </button>
                    )
                  })}
                </span>
              )}
            </th>
          )
        })}
      </tr>
    </thead>
  )
})
