import { useTranslation } from '../../lib/i18n'
import Alert from '@mui/material/Alert'
import type { PermissionAction } from './session-store'
import { useSessionSnapshot } from './use-session'

/**
 * Says which of `actions` the server refused with 403 in this session, so disabled buttons are never a
 * mystery. Renders nothing while all of them are allowed.
 */
export function ReadOnlyNotice({ actions }: { actions: readonly PermissionAction[] }) {
  const { t } = useTranslation('session')
  const { denied } = useSessionSnapshot()
  const refused = actions.filter((action) => denied.has(action))
  if (refused.length === 0) return null
  return (
    <Alert severity="info">
      {refused.map((action) => (
        <span key={action}>{t(`readOnly.${action}`)} </span>
      ))}
      {t('readOnly.ask')}
    </Alert>
  )
}
