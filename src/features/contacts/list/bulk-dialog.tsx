import { useTranslation } from '../../../lib/i18n'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import LinearProgress from '@mui/material/LinearProgress'
import Typography from '@mui/material/Typography'
import type { Contact } from '../../../api/schemas/contact'
import { contactFullName } from '../shared/contact-names'
import type { BulkAction, BulkState } from './use-bulk-status-change'

/** Confirm → progress → per-contact result, in one dialog so the outcome cannot be missed. */
export function BulkDialog({
  action,
  contacts,
  skipped,
  state,
  onConfirm,
  onClose,
}: {
  action: BulkAction
  contacts: readonly Contact[]
  skipped: number
  state: BulkState
  onConfirm: () => void
  onClose: () => void
}) {
  const { t } = useTranslation(['listTools', 'list'])
  const running = state.phase === 'running'
  const title =
    state.phase === 'done'
      ? t('bulk.resultTitle')
      : t(action === 'archive' ? 'bulk.archiveTitle' : 'bulk.restoreTitle', { count: contacts.length })
  return (
    <Dialog
      open
      onClose={running ? undefined : onClose}
      aria-labelledby="bulk-dialog-title"
      maxWidth="sm"
      fullWidth
    >
      <DialogTitle id="bulk-dialog-title">{title}</DialogTitle>
      <DialogContent>
        {state.phase === 'idle' ? (
          <>
            <DialogContentText>
              {t(action === 'archive' ? 'bulk.archiveText' : 'bulk.restoreText')}
            </DialogContentText>
            {skipped > 0 ? (
              <DialogContentText sx={{ mt: 1 }}>{t('bulk.skipped', { count: skipped })}</DialogContentText>
            ) : null}
          </>
        ) : null}
        {state.phase === 'running' ? (
          <>
            <Typography role="status" sx={{ mb: 1 }}>
              {t('bulk.running', { done: state.done, total: state.total })}
            </Typography>
            <LinearProgress
              variant="determinate"
              value={(state.done / Math.max(1, state.total)) * 100}
              aria-label={t('bulk.running', { done: state.done, total: state.total })}
            />
          </>
        ) : null}
        {state.phase === 'done' ? <BulkResult succeeded={state.succeeded} failures={state.failures} /> : null}
      </DialogContent>
      <DialogActions>
        {state.phase === 'idle' ? (
          <>
            <Button onClick={onClose}>{t('bulk.cancel')}</Button>
            <Button
              variant="contained"
              color={action === 'archive' ? 'warning' : 'primary'}
              onClick={onConfirm}
            >
              {t(action === 'archive' ? 'bulk.confirmArchive' : 'bulk.confirmRestore')}
            </Button>
          </>
        ) : (
          <Button variant="contained" onClick={onClose} disabled={running}>
            {t('bulk.close')}
          </Button>
        )}
      </DialogActions>
    </Dialog>
  )
}

function BulkResult({
  succeeded,
  failures,
}: {
  succeeded: number
  failures: readonly { contact: Contact; message: string }[]
}) {
  const { t } = useTranslation(['listTools', 'list'])
  return (
    <>
      <Alert severity={failures.length === 0 ? 'success' : 'warning'} sx={{ mb: failures.length ? 2 : 0 }}>
        {t('bulk.succeeded', { count: succeeded })}
        {failures.length > 0 ? `, ${t('bulk.failed', { count: failures.length })}` : ''}
      </Alert>
      {failures.length > 0 ? (
        <>
          <Typography>{t('bulk.failedList')}</Typography>
          <ul>
            {failures.map(({ contact, message }) => (
              <li key={contact.id}>
                <strong>{contactFullName(contact) ?? t('cells.noName')}</strong>: {message}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  )
}
