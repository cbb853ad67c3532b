/**
 * CSV export of everything the list currently matches (a lazily loaded chunk). The user picks the
 * separator (German Excel expects `;`), sees how many rows are fetched, and can cancel at any time.
 */
import { useEffect, useRef, useState } from 'react'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogContentText from '@mui/material/DialogContentText'
import DialogTitle from '@mui/material/DialogTitle'
import FormControl from '@mui/material/FormControl'
import FormControlLabel from '@mui/material/FormControlLabel'
import FormLabel from '@mui/material/FormLabel'
import LinearProgress from '@mui/material/LinearProgress'
import Radio from '@mui/material/Radio'
import RadioGroup from '@mui/material/RadioGroup'
import Typography from '@mui/material/Typography'
import { useQueryClient } from '@tanstack/react-query'
import { isAbortError } from '../../../lib/api-errors'
import { useDescribeError } from '../../../lib/error-text'
import { currentLanguage, useTranslation } from '../../../lib/i18n'
import type { ContactListParams } from '../api/contact-list-params'
import { userDirectoryQuery } from '../api/directory-queries'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { userNameResolver } from '../shared/user-names'
import { contactCsvRow, csvColumns } from './contact-csv'
import { csvDocument, type CsvDelimiter } from './csv'
import { downloadText, fetchAllContacts } from './export-contacts'

type Phase =
  | { kind: 'setup' }
  | { kind: 'running'; fetched: number }
  | { kind: 'done'; count: number }
  | { kind: 'cancelled' }
  | { kind: 'failed'; error: unknown }

export default function ExportDialog({
  params,
  customFields,
  onClose,
}: {
  params: ContactListParams
  customFields: readonly CustomFieldInfo[]
  onClose: () => void
}) {
  const { t } = useTranslation(['listTools', 'list', 'common'])
  const queryClient = useQueryClient()
  const [delimiter, setDelimiter] = useState<CsvDelimiter>(currentLanguage() === 'de' ? ';' : ',')
  const [phase, setPhase] = useState<Phase>({ kind: 'setup' })
  const controller = useRef<AbortController | null>(null)
  // Leaving the page stops the walk: nobody would receive the file.
  useEffect(() => () => controller.current?.abort(), [])

  const start = async () => {
    const abort = new AbortController()
    controller.current = abort
    setPhase({ kind: 'running', fetched: 0 })
    try {
      const contacts = await fetchAllContacts(params, abort.signal, (fetched) =>
        setPhase({ kind: 'running', fetched }),
      )
      const header = [
        ...csvColumns.map((column) => t(`export.headers.${column}`)),
        ...customFields.map((field) => field.title ?? field.alias),
      ]
      const texts = { language: currentLanguage(), yes: t('values.yes'), no: t('values.no') }
      // User-type fields are written as names: the directory is fetched (or taken from the cache) first.
      const users = customFields.some((field) => field.kind === 'user')
        ? await queryClient.query(userDirectoryQuery())
        : []
      const userName = userNameResolver(users, (id) => t('common:unknownUser', { id }))
      const rows = contacts.map((contact) => contactCsvRow(contact, customFields, texts, userName))
      const date = new Date().toISOString().slice(0, 10)
      downloadText(
        csvDocument(header, rows, delimiter),
        `${t('export.fileName')}-${date}.csv`,
        'text/csv;charset=utf-8',
      )
      setPhase({ kind: 'done', count: contacts.length })
    } catch (error) {
      if (isAbortError(error) || abort.signal.aborted) setPhase({ kind: 'cancelled' })
      else setPhase({ kind: 'failed', error })
    } finally {
      controller.current = null
    }
  }

  const cancel = () => controller.current?.abort()
  const running = phase.kind === 'running'

  return (
    <Dialog
      open
      onClose={running ? undefined : onClose}
      maxWidth="sm"
      fullWidth
      aria-labelledby="export-title"
    >
      <DialogTitle id="export-title">{t('export.title')}</DialogTitle>
      <DialogContent>
        <DialogContentText sx={{ mb: 2 }}>{t('export.intro')}</DialogContentText>
        <FormControl disabled={running}>
          <FormLabel id="export-delimiter">{t('export.delimiter')}</FormLabel>
          <RadioGroup
            aria-labelledby="export-delimiter"
            value={delimiter}
            onChange={(event) => setDelimiter(event.target.value === ';' ? ';' : ',')}
          >
            <FormControlLabel value=";" control={<Radio />} label={t('export.semicolon')} />
            <FormControlLabel value="," control={<Radio />} label={t('export.comma')} />
          </RadioGroup>
        </FormControl>
        {phase.kind === 'running' ? (
          <>
            <Typography role="status" sx={{ mt: 2, mb: 1 }}>
              {t('export.progress', { count: phase.fetched })}
            </Typography>
            <LinearProgress aria-label={t('export.progress', { count: phase.fetched })} />
          </>
        ) : null}
        {phase.kind === 'done' ? (
          <Alert severity="success" sx={{ mt: 2 }}>
            {t('export.done', { count: phase.count })}
          </Alert>
        ) : null}
        {phase.kind === 'cancelled' ? (
          <Alert severity="info" sx={{ mt: 2 }}>
            {t('export.cancelled')}
          </Alert>
        ) : null}
        {phase.kind === 'failed' ? <ExportFailedAlert error={phase.error} /> : null}
      </DialogContent>
      <DialogActions>
        {running ? (
          <Button onClick={cancel}>{t('export.cancel')}</Button>
        ) : (
          <>
            <Button onClick={onClose}>{t('export.close')}</Button>
            <Button variant="contained" onClick={() => void start()}>
              {t('export.start')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  )
}

function ExportFailedAlert({ error }: { error: unknown }) {
  const { t } = useTranslation('listTools')
  const { t: tErrors } = useTranslation('errors')
  const { summary, detail } = useDescribeError()(error)
  return (
    <Alert severity="error" sx={{ mt: 2 }}>
      <AlertTitle>{t('export.failed', { reason: summary })}</AlertTitle>
      {tErrors('detail', { detail })}
    </Alert>
  )
}
