import { useTranslation } from '../../../lib/i18n'
import { flexRender, type Table } from '@tanstack/react-table'
import Box from '@mui/material/Box'
import Checkbox from '@mui/material/Checkbox'
import Paper from '@mui/material/Paper'
import Skeleton from '@mui/material/Skeleton'
import Stack from '@mui/material/Stack'
import type { Contact } from '../../../api/schemas/contact'
import { contactFullName } from '../shared/contact-names'
import { NAME_COLUMN_ID } from './contact-columns'
import type { RowActions } from './contact-table'

/**
 * The list on phones (< 600 px): one card per contact with the same visible columns as the table,
 * blank ones left out, so nothing scrolls sideways. Cards open like rows (click or Enter).
 */
export function ContactCardList({
  table,
  loading,
  actions,
}: {
  table: Table<Contact>
  loading: boolean
  actions: RowActions
}) {
  const { t } = useTranslation('list')
  if (loading) {
    return (
      <Stack sx={{ gap: 1 }} aria-hidden>
        {Array.from({ length: 5 }, (_, index) => (
          <Skeleton key={index} variant="rounded" height={96} />
        ))}
      </Stack>
    )
  }
  return (
    <Stack component="ul" aria-label={t('table.label')} sx={{ listStyle: 'none', m: 0, p: 0, gap: 1 }}>
      {table.getRowModel().rows.map((row) => {
        const contact = row.original
        const name = contactFullName(contact) ?? t('cells.noName')
        const cells = row.getVisibleCells()
        const nameCell = cells.find((cell) => cell.column.id === NAME_COLUMN_ID)
        return (
          <Paper
            key={row.id}
            component="li"
            variant="outlined"
            tabIndex={0}
            onClick={() => actions.onOpen(contact)}
            onFocus={() => actions.onPrefetch(contact)}
            onKeyDown={(event) => {
              if (event.target === event.currentTarget && event.key === 'Enter') actions.onOpen(contact)
            }}
            sx={{
              display: 'flex',
              gap: 1,
              p: 1.5,
              pl: 0.5,
              cursor: 'pointer',
              bgcolor: row.getIsSelected() ? 'action.selected' : undefined,
              '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
            }}
          >
            <Box onClick={(event) => event.stopPropagation()}>
              <Checkbox
                checked={row.getIsSelected()}
                onChange={row.getToggleSelectedHandler()}
                slotProps={{ input: { 'aria-label': t('selection.selectRow', { name }) } }}
              />
            </Box>
            <Box sx={{ minWidth: 0, flex: 1, overflowWrap: 'anywhere' }}>
              {nameCell ? flexRender(nameCell.column.columnDef.cell, nameCell.getContext()) : name}
              <Box
                component="dl"
                sx={{
                  m: 0,
                  mt: 0.5,
                  display: 'grid',
                  gridTemplateColumns: 'auto 1fr',
                  columnGap: 1.5,
                  rowGap: 0.25,
                }}
              >
                {cells
                  .filter((cell) => cell.column.id !== NAME_COLUMN_ID)
                  .filter((cell) => !cell.column.columnDef.meta?.isEmpty?.(contact))
                  .map((cell) => (
                    <Box key={cell.id} sx={{ display: 'contents', typography: 'body2' }}>
                      <Box component="dt" sx={{ color: 'text.secondary' }}>
                        {cell.column.columnDef.meta?.label}
                      </Box>
                      <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </Box>
                    </Box>
                  ))}
              </Box>
            </Box>
          </Paper>
        )
      })}
    </Stack>
  )
}
