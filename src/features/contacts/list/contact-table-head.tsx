import { useTranslation } from '../../../lib/i18n'
import Box from '@mui/material/Box'
import Checkbox from '@mui/material/Checkbox'
import TableCell from '@mui/material/TableCell'
import TableHead from '@mui/material/TableHead'
import TableRow from '@mui/material/TableRow'
import TableSortLabel from '@mui/material/TableSortLabel'
import { activeSort } from './sort-state'
import type { ContactTableModel } from './use-contact-table'

/**
 * Header row: the selection checkbox, then one cell per visible column. Sortable columns get a
 * TableSortLabel per API sort key (the name column offers last and first name), and the `th` carries
 * `aria-sort` when it holds the current order.
 */
export function ContactTableHead({
  table,
  sort,
  onSort,
}: {
  table: ContactTableModel
  sort: string | undefined
  onSort: (field: string) => void
}) {
  const { t } = useTranslation('list')
  const current = activeSort(sort)
  return (
    <TableHead>
      <TableRow>
        <TableCell padding="checkbox">
          <Checkbox
            checked={table.allSelected}
            indeterminate={table.someSelected}
            onChange={(event) => table.setAllSelected(event.target.checked)}
            slotProps={{ input: { 'aria-label': t('selection.selectPage') } }}
          />
        </TableCell>
        {table.visibleColumns.map(({ id, label, sortFields }) => {
          const activeField = sortFields.find((option) => option.field === current?.field)
          return (
            <TableCell
              key={id}
              scope="col"
              sortDirection={activeField && current ? current.direction : false}
              sx={{ fontWeight: 600, verticalAlign: 'bottom' }}
            >
              {sortFields.length === 0 ? (
                label
              ) : (
                <Box
                  component="span"
                  sx={{ display: 'inline-flex', flexWrap: 'wrap', columnGap: 0.5, alignItems: 'center' }}
                >
                  {sortFields.map((option, index) => {
                    const direction = option.field === current?.field ? current.direction : undefined
                    return (
                      <TableSortLabel
                        key={option.field}
                        sx={{
                          whiteSpace: 'nowrap',
                          ...(index > 0
                            ? { '&::before': { content: '"/"', color: 'text.disabled', mr: 1 } }
                            : {}),
                        }}
                        active={direction !== undefined}
                        direction={direction ?? 'asc'}
                        onClick={() => onSort(option.field)}
                      >
                        {option.label}
                      </TableSortLabel>
                    )
                  })}
                </Box>
              )}
            </TableCell>
          )
        })}
      </TableRow>
    </TableHead>
  )
}
