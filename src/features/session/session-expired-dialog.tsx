import { useTranslation } from '../../lib/i18n'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import LoginIcon from '@mui/icons-material/Login'

/**
 * Calm, not alarming: the user did nothing wrong and loses nothing. "Not now" lets them read what is on
 * screen first; a banner keeps the way to sign in at hand.
 */
export function SessionExpiredDialog({
  open,
  onSignIn,
  onLater,
}: {
  open: boolean
  onSignIn: () => void
  onLater: () => void
}) {
  const { t } = useTranslation('session')
  return (
    <Dialog
      open={open}
      onClose={onLater}
      aria-labelledby="session-expired-title"
      aria-describedby="session-expired-body"
      maxWidth="xs"
      fullWidth
    >
      <DialogTitle id="session-expired-title">{t('expired.title')}</DialogTitle>
      <DialogContent id="session-expired-body">
        <DialogContentText sx={{ mb: 1.5 }}>{t('expired.body')}</DialogContentText>
        <DialogContentText>{t('expired.kept')}</DialogContentText>
      </DialogContent>
      <DialogActions sx={{ px: 3, pb: 2.5, gap: 1, flexWrap: 'wrap' }}>
        <Button onClick={onLater}>{t('expired.later')}</Button>
        <Button variant="contained" startIcon={<LoginIcon />} onClick={onSignIn}>
          {t('expired.signIn')}
        </Button>
      </DialogActions>
    </Dialog>
  )
}
