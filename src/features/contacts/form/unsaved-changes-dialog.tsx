import { useId } from 'react'
import { useTranslation } from '../../../lib/i18n'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'

/** "Stay" is the default (focused, and what Escape does): losing work must be a deliberate choice. */
export function UnsavedChangesDialog({
  open,
  onStay,
  onLeave,
}: {
  open: boolean
  onStay: () => void
  onLeave: () => void
}) {
  const { t } = useTranslation('form')
  const titleId = useId()
  const descriptionId = useId()
  return (
    <Dialog
      open={open}
      onClose={onStay}
      aria-labelledby={titleId}
      aria-describedby={descriptionId}
      maxWidth="xs"
      fullWidth
    >
      <DialogTitle id={titleId}>{t('guard.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText id={descriptionId}>{t('guard.description')}</DialogContentText>
      </DialogContent>
      <DialogActions>
        <Button color="error" onClick={onLeave}>
          {t('guard.leave')}
        </Button>
        {/* eslint-disable-next-line jsx-a11y/no-autofocus -- APG dialog pattern: focus the least destructive action */}
        <Button variant="contained" onClick={onStay} autoFocus>
          {t('guard.stay')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
