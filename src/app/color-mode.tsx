import { useMemo, type ReactNode } from 'react'
import CssBaseline from '@mui/material/CssBaseline'
import { ThemeProvider } from '@mui/material/styles'
import { createAppTheme } from './theme'
import { currentLanguage, useTranslation } from '../lib/i18n'

export const COLOR_MODE_STORAGE_KEY = 'kanbert-contacts.color-mode'

/**
 * Light/dark following `prefers-color-scheme` until the user picks one (system/light/dark); MUI keeps the
 * choice in localStorage and exposes it through `useColorScheme()`.
 */
export function ColorModeProvider({ children }: { children: ReactNode }) {
  useTranslation() // re-renders on a language change
  const language = currentLanguage()
  const theme = useMemo(() => createAppTheme(language), [language])
  return (
    <ThemeProvider
      theme={theme}
      defaultMode="system"
      modeStorageKey={COLOR_MODE_STORAGE_KEY}
      colorSchemeStorageKey={`${COLOR_MODE_STORAGE_KEY}.scheme`}
    >
      <CssBaseline enableColorScheme />
      {children}
    </ThemeProvider>
  )
}
