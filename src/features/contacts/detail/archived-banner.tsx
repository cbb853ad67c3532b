import { useTranslation } from '../../../lib/i18n'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import { formatDateTime } from '../../../lib/format'

/**
 * Says plainly that the contact is archived (hidden from the list, not editable) and offers Restore. The
 * button sits under the text rather than in the alert's action slot, which squeezes the text on phones.
 */
export function ArchivedBanner({
  deletedAt,
  onRestore,
  pending,
}: {
  deletedAt: string
  onRestore: () => void
  pending: boolean
}) {
  const { t } = useTranslation('detail')
  return (
    <Alert severity="warning">
      <AlertTitle>{t('archivedBanner.title')}</AlertTitle>
      {t('archivedBanner.description', { date: formatDateTime(deletedAt) || deletedAt })}
      <Box sx={{ mt: 1.5 }}>
        <Button variant="outlined" color="warning" size="small" onClick={onRestore} disabled={pending}>
          {t('actions.restore')}
        </Button>
      </Box>
    </Alert>
  )
}
