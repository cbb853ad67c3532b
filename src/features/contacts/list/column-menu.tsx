import { useState } from 'react'
import { useTranslation } from '../../../lib/i18n'
import type { Table } from '@tanstack/react-table'
import Button from '@mui/material/Button'
import Divider from '@mui/material/Divider'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import ListSubheader from '@mui/material/ListSubheader'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import CheckBoxIcon from '@mui/icons-material/CheckBox'
import CheckBoxOutlineBlankIcon from '@mui/icons-material/CheckBoxOutlineBlank'
import RadioCheckedIcon from '@mui/icons-material/RadioButtonChecked'
import RadioUncheckedIcon from '@mui/icons-material/RadioButtonUnchecked'
import ViewColumnIcon from '@mui/icons-material/ViewColumnOutlined'
import type { Contact } from '../../../api/schemas/contact'
import type { Density } from './use-list-preferences'

const densities: Density[] = ['compact', 'standard']

/** Column chooser and row density; both remembered in this browser by the caller. */
export function ColumnMenu({
  table,
  onColumnVisible,
  density,
  onDensity,
}: {
  table: Table<Contact>
  onColumnVisible: (columnId: string, visible: boolean) => void
  density: Density
  onDensity: (density: Density) => void
}) {
  const { t } = useTranslation('list')
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<ViewColumnIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        {t('columnsMenu.button')}
      </Button>
      <Menu anchorEl={anchor} open={anchor !== null} onClose={() => setAnchor(null)}>
        <ListSubheader>{t('columnsMenu.title')}</ListSubheader>
        {table
          .getAllLeafColumns()
          .filter((column) => column.getCanHide())
          .map((column) => (
            <MenuItem
              key={column.id}
              role="menuitemcheckbox"
              aria-checked={column.getIsVisible()}
              dense
              onClick={() => onColumnVisible(column.id, !column.getIsVisible())}
            >
              <ListItemIcon>
                {column.getIsVisible() ? (
                  <CheckBoxIcon fontSize="small" color="primary" />
                ) : (
                  <CheckBoxOutlineBlankIcon fontSize="small" />
                )}
              </ListItemIcon>
              <ListItemText>{column.columnDef.meta?.label ?? column.id}</ListItemText>
            </MenuItem>
          ))}
        <Divider />
        <ListSubheader>{t('columnsMenu.density')}</ListSubheader>
        {densities.map((option) => (
          <MenuItem
            key={option}
            role="menuitemradio"
            aria-checked={density === option}
            dense
            onClick={() => onDensity(option)}
          >
            <ListItemIcon>
              {density === option ? (
                <RadioCheckedIcon fontSize="small" color="primary" />
              ) : (
                <RadioUncheckedIcon fontSize="small" />
              )}
            </ListItemIcon>
            <ListItemText>{t(`columnsMenu.${option}`)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  )
}
