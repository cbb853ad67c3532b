import { useState } from 'react'
import { useTranslation } from '../../lib/i18n'
import IconButton from '@mui/material/IconButton'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import { useColorScheme } from '@mui/material/styles'
import DarkModeIcon from '@mui/icons-material/DarkModeOutlined'
import LightModeIcon from '@mui/icons-material/LightModeOutlined'
import SystemModeIcon from '@mui/icons-material/SettingsBrightnessOutlined'

const modes = [
  { mode: 'system', Icon: SystemModeIcon },
  { mode: 'light', Icon: LightModeIcon },
  { mode: 'dark', Icon: DarkModeIcon },
] as const

export function ColorModeMenu() {
  const { t } = useTranslation()
  const { mode, setMode } = useColorScheme()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const current = modes.find((entry) => entry.mode === mode) ?? modes[0]
  return (
    <>
      <IconButton
        color="inherit"
        aria-label={t('colorMode.button', { current: t(`colorMode.${current.mode}`) })}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <current.Icon />
      </IconButton>
      <Menu
        anchorEl={anchor}
        open={anchor !== null}
        onClose={() => setAnchor(null)}
        slotProps={{ list: { 'aria-label': t('colorMode.menu') } }}
      >
        {modes.map(({ mode: option, Icon }) => (
          <MenuItem
            key={option}
            role="menuitemradio"
            aria-checked={option === current.mode}
            selected={option === current.mode}
            onClick={() => {
              setAnchor(null)
              setMode(option)
            }}
          >
            <ListItemIcon>
              <Icon fontSize="small" />
            </ListItemIcon>
            <ListItemText>{t(`colorMode.${option}`)}</ListItemText>
          </MenuItem>
        ))}
      </Menu>
    </>
  )
}
