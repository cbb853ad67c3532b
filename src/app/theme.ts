/**
 * One theme with light and dark color schemes as CSS variables, switched by a class on <html>, so a mode
 * change repaints without re-rendering the tree. MUI's component texts (pagination, pickers) follow the
 * UI language through its locale bundle.
 */
import { createTheme } from '@mui/material/styles'
import { deDE, enUS } from '@mui/material/locale'
import type { Language } from '../lib/i18n'

export function createAppTheme(language: Language) {
  return createTheme(
    {
      cssVariables: { colorSchemeSelector: 'class' },
      colorSchemes: {
        light: {
          palette: {
            primary: { main: '#1d4f91' },
            secondary: { main: '#00796b' },
            background: { default: '#f5f7fa', paper: '#ffffff' },
          },
        },
        dark: {
          palette: {
            primary: { main: '#8ab4f8' },
            secondary: { main: '#4db6ac' },
            background: { default: '#0f1419', paper: '#171d24' },
          },
        },
      },
      shape: { borderRadius: 8 },
      typography: {
        h4: { fontWeight: 600, fontSize: '1.75rem' },
        button: { textTransform: 'none', fontWeight: 600 },
      },
      components: {
        MuiAppBar: { defaultProps: { elevation: 0 } },
      },
    },
    language === 'de' ? deDE : enUS,
  )
}
