/**
 * Confirmation before a contact is archived. Controlled: `useArchiveRestore().dialogProps` gives it
 * everything it needs, so a screen only places `<ArchiveRestoreDialog {...archiveRestore.dialogProps} />`.
 */
import { useId } from 'react'
import { useTranslation } from '../../../lib/i18n'
import Button from '@mui/material/Button'
import CircularProgress from '@mui/material/CircularProgress'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'

export interface ArchiveRestoreDialogProps {
  open: boolean
  /** The contact's display name ("Dr. Anna Maier"). */
  contactName: string
  pending: boolean
  onConfirm: () => void
  onCancel: () => void
}

export function ArchiveRestoreDialog({
  open,
  contactName,
  pending,
  onConfirm,
  onCancel,
}: ArchiveRestoreDialogProps) {
  const { t } = useTranslation('detail')
  const titleId = useId()
  const descriptionId = useId()
  return (
    <Dialog
      open={open}
      onClose={pending ? undefined : onCancel}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      maxWidth="xs"
      fullWidth
    >
      <DialogTitle id={titleId} sx={{ overflowWrap: 'anywhere' }}>
        {t('archive.confirmTitle', { name: contactName })}
      </DialogTitle>
      <DialogContent>
        <DialogContentText id={descriptionId}>{t('archive.confirmDescription')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button onClick={onCancel} disabled={pending}>
          {t('archive.cancel')}
        </Button>
        <Button
          onClick={onConfirm}
          variant="contained"
          color="warning"
          disabled={pending}
          startIcon={pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
        >
          {t('archive.confirm')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
