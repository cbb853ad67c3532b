/**
 * Date pickers in the UI language: dayjs with the German or British locale (day-first, as format.ts
 * shows dates) and the pickers' own texts. Imported only by the form chunk, never by the list.
 */
import type { ReactNode } from 'react'
import { currentLanguage, useTranslation } from '../../../lib/i18n'
import 'dayjs/locale/de'
import 'dayjs/locale/en-gb'
import { AdapterDayjs } from '@mui/x-date-pickers/AdapterDayjs'
import { LocalizationProvider } from '@mui/x-date-pickers/LocalizationProvider'
import { deDE, enUS } from '@mui/x-date-pickers/locales'

export function DateLocalization({ children }: { children: ReactNode }) {
  useTranslation() // re-renders on a language change
  const german = currentLanguage() === 'de'
  const texts = (german ? deDE : enUS).components.MuiLocalizationProvider.defaultProps.localeText
  return (
    <LocalizationProvider
      dateAdapter={AdapterDayjs}
      adapterLocale={german ? 'de' : 'en-gb'}
      localeText={texts}
    >
      {children}
    </LocalizationProvider>
  )
}
