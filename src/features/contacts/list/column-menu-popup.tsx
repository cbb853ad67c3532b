import { useTranslation } from '../../../lib/i18n'
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
import type { ContactColumn } from './contact-columns'
import type { Density } from './use-list-preferences'

const densities: Density[] = ['compact', 'standard']

export interface ColumnMenuPopupProps {
  /** The trigger while the menu is open; null when closed. */
  anchor: HTMLElement | null
  onClose: () => void
  /** Every column; the chooser lists the hideable ones. */
  columns: readonly ContactColumn[]
  /** The columns shown now. */
  visible: readonly ContactColumn[]
  onColumnVisible: (columnId: string, visible: boolean) => void
  density: Density
  onDensity: (density: Density) => void
}

/**
 * The column chooser and row density menu (a lazy chunk, loaded when the user first opens it). Items stay
 * open on click so several columns can be toggled; Escape or a click outside closes the menu, and focus
 * returns to the trigger.
 */
export default function ColumnMenuPopup({
  anchor,
  onClose,
  columns,
  visible,
  onColumnVisible,
  density,
  onDensity,
}: ColumnMenuPopupProps) {
  const { t } = useTranslation(['listTools', 'list'])
  return (
    <Menu anchorEl={anchor} open={anchor !== null} onClose={onClose}>
      <ListSubheader>{t('columnsMenu.title')}</ListSubheader>
      {columns
        .filter((column) => column.hideable)
        .map((column) => {
          const shown = visible.includes(column)
          return (
            <MenuItem
              key={column.id}
              role="menuitemcheckbox"
              aria-checked={shown}
              dense
              onClick={() => onColumnVisible(column.id, !shown)}
            >
              <ListItemIcon>
                {shown ? (
                  <CheckBoxIcon fontSize="small" color="primary" />
                ) : (
                  <CheckBoxOutlineBlankIcon fontSize="small" />
                )}
              </ListItemIcon>
              <ListItemText>{column.label}</ListItemText>
            </MenuItem>
          )
        })}
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
  )
}
