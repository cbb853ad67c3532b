import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import { useTranslation } from '../../lib/i18n'
import { colorModes, type ColorMode } from './color-modes'

export interface ColorModeMenuPopupProps {
  anchor: HTMLElement | null
  current: ColorMode
  onChoose: (mode: ColorMode) => void
  onClose: () => void
}

/** The colour-theme menu itself, loaded on first open (color-mode-menu.tsx). */
export default function ColorModeMenuPopup({ anchor, current, onChoose, onClose }: ColorModeMenuPopupProps) {
  const { t } = useTranslation()
  return (
    <Menu
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      slotProps={{ list: { 'aria-label': t('colorMode.menu') } }}
    >
      {colorModes.map(({ mode, Icon }) => (
        <MenuItem
          key={mode}
          role="menuitemradio"
          aria-checked={mode === current}
          selected={mode === current}
          onClick={() => onChoose(mode)}
        >
          <ListItemIcon>
            <Icon fontSize="small" />
          </ListItemIcon>
          <ListItemText>{t(`colorMode.${mode}`)}</ListItemText>
        </MenuItem>
      ))}
    </Menu>
  )
}
