import { useTranslation } from '../lib/i18n'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Snackbar, { type SnackbarCloseReason } from '@mui/material/Snackbar'
import type { NotificationStore, QueuedNotification } from './notifications'

/** The message on screen (notifications.tsx loads this right after start). */
export function NotificationSnackbar({
  store,
  current,
}: {
  store: NotificationStore
  current: QueuedNotification
}) {
  const { t } = useTranslation()
  const severity = current.severity ?? 'info'
  const close = (_event?: unknown, reason?: SnackbarCloseReason) => {
    if (reason !== 'clickaway') store.dismiss(current.key)
  }
  return (
    <Snackbar
      key={current.key}
      open
      onClose={close}
      autoHideDuration={current.action ? 10000 : 6000}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'center' }}
    >
      <Alert
        severity={severity}
        variant="filled"
        // Errors interrupt the screen reader; confirmations wait politely.
        role={severity === 'error' || severity === 'warning' ? 'alert' : 'status'}
        onClose={() => close()}
        closeText={t('actions.close')}
        action={
          current.action ? (
            <Button
              color="inherit"
              size="small"
              onClick={() => {
                current.action?.onClick()
                close()
              }}
            >
              {current.action.label}
            </Button>
          ) : undefined
        }
        sx={{ width: '100%' }}
      >
        {current.message}
      </Alert>
    </Snackbar>
  )
}
