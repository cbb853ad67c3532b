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
            // MUI's default warning (#ed6c02) and info (#0288d1) reach only 2.9:1 and 3.6:1 as text on the
            // page background; these darker tones meet WCAG AA (≥ 4.5:1) on it and on paper.
            warning: { main: '#b54708' },
            info: { main: '#01579b' },
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
        // Keyboard focus must be unmistakable (WCAG 2.4.7): MUI's own cue is a faint tint that vanishes on
        // outlined and text buttons, toggles and sort labels. One ring for every control, both themes; in
        // the app bar it takes the bar's text color, since primary would be invisible on it.
        MuiButtonBase: {
          defaultProps: { disableRipple: true },
          styleOverrides: {
            root: ({ theme }) => ({
              '&.Mui-focusVisible': {
                outline: `2px solid ${theme.vars.palette.primary.main}`,
                outlineOffset: 2,
              },
            }),
          },
        },
        MuiLink: {
          styleOverrides: {
            root: ({ theme }) => ({
              '&:focus-visible': {
                outline: `2px solid ${theme.vars.palette.primary.main}`,
                outlineOffset: 2,
                borderRadius: 2,
              },
            }),
          },
        },
        MuiAppBar: {
          defaultProps: { elevation: 0 },
          styleOverrides: {
            root: { '& .Mui-focusVisible, & a:focus-visible': { outlineColor: 'currentColor' } },
          },
        },
        // MUI draws unselected toggle buttons in action.active (54 % black), 4.49:1 on our background.
        MuiToggleButton: {
          styleOverrides: { root: ({ theme }) => ({ color: theme.vars.palette.text.secondary }) },
        },
      },
    },
    language === 'de' ? deDE : enUS,
  )
}
