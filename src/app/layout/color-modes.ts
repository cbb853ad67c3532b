import DarkModeIcon from '@mui/icons-material/DarkModeOutlined'
import LightModeIcon from '@mui/icons-material/LightModeOutlined'
import SystemModeIcon from '@mui/icons-material/SettingsBrightnessOutlined'

export const colorModes = [
  { mode: 'system', Icon: SystemModeIcon },
  { mode: 'light', Icon: LightModeIcon },
  { mode: 'dark', Icon: DarkModeIcon },
] as const

export type ColorMode = (typeof colorModes)[number]['mode']
