import { useTranslation } from '../../../lib/i18n'

/** The Autocomplete's own texts (buttons, empty and loading states) in the UI language. */
export function usePickerTexts() {
  const { t } = useTranslation('form')
  return {
    autocomplete: {
      noOptionsText: t('picker.noOptions'),
      loadingText: t('picker.loading'),
      clearText: t('picker.clear'),
      openText: t('picker.open'),
      closeText: t('picker.close'),
    },
    loadFailed: t('picker.loadFailed'),
  }
}
