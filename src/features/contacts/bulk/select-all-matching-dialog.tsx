/**
 * "Select all matching": walks the cursor pages of the current search and filters (as the export does),
 * counting as it goes; Cancel keeps the selection as it was.
 */
import { useEffect, useRef, useState } from 'react'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import LinearProgress from '@mui/material/LinearProgress'
import Typography from '@mui/material/Typography'
import type { Contact } from '../../../api/schemas/contact'
import { errorDetail } from '../../../lib/error-text'
import { useTranslation } from '../../../lib/i18n'
import type { ContactListParams } from '../api/contact-list-params'
import { fetchAllContacts } from '../export/export-contacts'

export function SelectAllMatchingDialog({
  params,
  onSelected,
  onClose,
}: {
  params: ContactListParams
  onSelected: (contacts: Contact[]) => void
  onClose: () => void
}) {
  const { t } = useTranslation('bulk')
  const [found, setFound] = useState(0)
  const [error, setError] = useState<string | null>(null)
  const latest = useRef({ onSelected })
  useEffect(() => {
    latest.current = { onSelected }
  })
  useEffect(() => {
    const controller = new AbortController()
    fetchAllContacts(params, controller.signal, setFound).then(
      (contacts) => latest.current.onSelected(contacts),
      (reason: unknown) => {
        if (!controller.signal.aborted) setError(errorDetail(reason))
      },
    )
    return () => controller.abort()
  }, [params])

  return (
    <Dialog open onClose={onClose} aria-labelledby="select-all-title" maxWidth="xs" fullWidth>
      <DialogTitle id="select-all-title">{t('selectAll.title')}</DialogTitle>
      <DialogContent>
        {error === null ? (
          <>
            <Typography role="status" sx={{ mb: 1 }}>
              {t('selectAll.found', { count: found })}
            </Typography>
            <LinearProgress aria-label={t('selectAll.found', { count: found })} />
          </>
        ) : (
          <Alert severity="error">
            {t('selectAll.failed')} {error}
          </Alert>
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('selectAll.cancel')}</Button>
      </DialogActions>
    </Dialog>
  )
}
