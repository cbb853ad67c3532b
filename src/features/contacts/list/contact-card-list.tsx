import { useTranslation } from '../../../lib/i18n'
import Box from '@mui/material/Box'
import Checkbox from '@mui/material/Checkbox'
import Paper from '@mui/material/Paper'
import Skeleton from '@mui/material/Skeleton'
import Stack from '@mui/material/Stack'
import { contactFullName } from '../shared/contact-names'
import { NAME_COLUMN_ID } from './contact-columns'
import type { RowActions } from './contact-table'
import type { ContactTableModel } from './use-contact-table'

/**
 * The list on phones (< 600 px): one card per contact with the same visible columns as the table,
 * blank ones left out, so nothing scrolls sideways. Cards open like rows (click or Enter).
 */
export function ContactCardList({
  table,
  loading,
  actions,
}: {
  table: ContactTableModel
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
      {table.rows.map((contact) => {
        const selected = table.isSelected(contact)
        const name = contactFullName(contact) ?? t('cells.noName')
        const nameColumn = table.visibleColumns.find((column) => column.id === NAME_COLUMN_ID)
        return (
          <Paper
            key={contact.id}
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
              bgcolor: selected ? 'action.selected' : undefined,
              '&:focus-visible': { outline: 2, outlineColor: 'primary.main' },
            }}
          >
            <Box onClick={(event) => event.stopPropagation()}>
              <Checkbox
                checked={selected}
                onChange={(event) => table.setSelected(contact, event.target.checked)}
                slotProps={{ input: { 'aria-label': t('selection.selectRow', { name }) } }}
              />
            </Box>
            <Box sx={{ minWidth: 0, flex: 1, overflowWrap: 'anywhere' }}>
              {nameColumn ? nameColumn.cell(contact) : name}
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
                {table.visibleColumns
                  .filter((column) => column.id !== NAME_COLUMN_ID && !column.isEmpty?.(contact))
                  .map((column) => (
                    <Box key={column.id} sx={{ display: 'contents', typography: 'body2' }}>
                      <Box component="dt" sx={{ color: 'text.secondary' }}>
                        {column.label}
                      </Box>
                      <Box component="dd" sx={{ m: 0, minWidth: 0 }}>
                        {column.cell(contact)}
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
