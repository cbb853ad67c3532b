import { useTranslation } from '../../../lib/i18n'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import type { DroppedNote } from './list-url-state'

/** Says which parts of a (hand-edited or outdated) URL were ignored, instead of dropping them silently. */
export function DroppedParamsNote({
  dropped,
  onDismiss,
}: {
  dropped: readonly DroppedNote[]
  onDismiss: () => void
}) {
  const { t } = useTranslation(['listTools', 'list'])
  if (dropped.length === 0) return null
  return (
    <Alert
      severity="warning"
      sx={{ mb: 2 }}
      action={
        <Button color="inherit" size="small" onClick={onDismiss}>
          {t('dropped.dismiss')}
        </Button>
      }
    >
      {t('dropped.title')} {dropped.map((note) => t(`dropped.${note.kind}`, { raw: note.raw })).join(', ')}
    </Alert>
  )
}
