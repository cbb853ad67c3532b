import { useTranslation } from '../../../lib/i18n'
import { useNotify } from '../../../components/notifications'

/** Copies text and confirms it in the snackbar; says so when the browser refuses (e.g. no permission). */
export function useCopyToClipboard() {
  const { t } = useTranslation('detail')
  const notify = useNotify()
  return async (text: string, message: string = t('copy.copied')) => {
    try {
      await navigator.clipboard.writeText(text)
      notify({ id: 'clipboard', message, severity: 'success' })
    } catch {
      notify({ id: 'clipboard-failed', message: t('copy.failed'), severity: 'error' })
    }
  }
}
