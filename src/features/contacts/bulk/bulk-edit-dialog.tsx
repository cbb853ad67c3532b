/**
 * Bulk edit of the selection: choose the change (with a preview of how many contacts it changes), run it
 * with progress and Stop, then the per-contact report with Undo. Failed and not-run contacts stay
 * selected for another try (see docs/bulk-edit.md).
 */
import { useRef, useState } from 'react'
import { FormProvider, useForm, useWatch } from 'react-hook-form'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import LinearProgress from '@mui/material/LinearProgress'
import Typography from '@mui/material/Typography'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useTheme } from '@mui/material/styles'
import type { Contact } from '../../../api/schemas/contact'
import { useTranslation } from '../../../lib/i18n'
import { useBulkContactWrites } from '../api/contact-bulk-writes'
import { emptyContactFormValues, type ContactFormValues } from '../form/contact-form-values'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { restoreWrite, type BulkChange } from './bulk-change'
import { customFieldOf, draftChange, emptyDraft } from './bulk-change-draft'
import { BulkChangeForm } from './bulk-change-form'
import { previewCounts, runBulkEdit, type BulkEditReport } from './bulk-edit-run'
import { ContactOutcomeList } from './bulk-report'
import { runUndo, untouchedSince, type UndoReport } from './bulk-undo'
import type { BatchProgress } from './run-in-batches'

type Phase =
  | { name: 'choose' }
  | { name: 'running'; progress: BatchProgress }
  | { name: 'report'; change: BulkChange; report: BulkEditReport }
  | { name: 'undoing'; progress: BatchProgress }
  | { name: 'undone'; report: UndoReport }

export function BulkEditDialog({
  contacts,
  customFields,
  onKeepSelected,
  onClose,
}: {
  contacts: readonly Contact[]
  customFields: readonly CustomFieldInfo[]
  /** After a run: the contacts that should stay selected (failed or not run). */
  onKeepSelected: (contacts: Contact[]) => void
  onClose: () => void
}) {
  const { t } = useTranslation('bulk')
  const fullScreen = useMediaQuery(useTheme().breakpoints.down('sm'))
  const writes = useBulkContactWrites()
  const form = useForm<ContactFormValues>({ defaultValues: emptyContactFormValues(customFields) })
  const [draft, setDraft] = useState(emptyDraft)
  const [phase, setPhase] = useState<Phase>({ name: 'choose' })
  const stop = useRef<AbortController | null>(null)
  const custom = customFieldOf(draft, customFields)
  const customValue = useWatch({ control: form.control, name: `custom_fields.${custom?.alias ?? ''}` })
  const change = draftChange(draft, customFields, customValue)
  const preview = change ? previewCounts(contacts, change) : null
  const busy = phase.name === 'running' || phase.name === 'undoing'

  const run = async (chosen: BulkChange) => {
    const controller = new AbortController()
    stop.current = controller
    const total = previewCounts(contacts, chosen).willChange
    setPhase({ name: 'running', progress: { done: 0, total, waitingSeconds: null } })
    const report = await runBulkEdit(contacts, chosen, writes, {
      signal: controller.signal,
      onProgress: (progress) => setPhase({ name: 'running', progress }),
    })
    onKeepSelected([...report.failed.map(({ contact }) => contact), ...report.notRun])
    setPhase({ name: 'report', change: chosen, report })
  }

  const undo = async (chosen: BulkChange, report: BulkEditReport) => {
    const controller = new AbortController()
    stop.current = controller
    setPhase({ name: 'undoing', progress: { done: 0, total: report.changed.length, waitingSeconds: null } })
    const result = await runUndo(
      report.changed.map(({ before, after }) => ({
        contact: before,
        untouched: untouchedSince(after),
        putBack: () => writes.update(before.id, restoreWrite(before, chosen)),
      })),
      writes.read,
      { signal: controller.signal, onProgress: (progress) => setPhase({ name: 'undoing', progress }) },
    )
    await writes.settle()
    setPhase({ name: 'undone', report: result })
  }

  const title =
    phase.name === 'report'
      ? t('edit.resultTitle')
      : phase.name === 'undoing' || phase.name === 'undone'
        ? t('edit.undoTitle')
        : t('edit.title', { count: contacts.length })

  return (
    <Dialog
      open
      onClose={busy ? undefined : onClose}
      aria-labelledby="bulk-edit-title"
      maxWidth="sm"
      fullWidth
      fullScreen={fullScreen}
    >
      <DialogTitle id="bulk-edit-title">{title}</DialogTitle>
      <DialogContent>
        {phase.name === 'choose' ? (
          <FormProvider {...form}>
            <BulkChangeForm draft={draft} onDraft={setDraft} customFields={customFields} />
            <Typography role="status" sx={{ mt: 2 }}>
              {preview
                ? `${t('edit.previewChange', { count: preview.willChange })} ${t('edit.previewSame', { count: preview.unchanged })}`
                : t('edit.chooseValue')}
            </Typography>
          </FormProvider>
        ) : null}
        {phase.name === 'running' || phase.name === 'undoing' ? (
          <Progress
            text={t(phase.name === 'running' ? 'edit.running' : 'edit.undoing', {
              done: phase.progress.done,
              total: phase.progress.total,
            })}
            progress={phase.progress}
          />
        ) : null}
        {phase.name === 'report' ? <EditReport report={phase.report} /> : null}
        {phase.name === 'undone' ? <UndoResult report={phase.report} /> : null}
      </DialogContent>
      <DialogActions>
        {phase.name === 'choose' ? (
          <>
            <Button onClick={onClose}>{t('edit.cancel')}</Button>
            <Button
              variant="contained"
              disabled={!change || !preview || preview.willChange === 0}
              onClick={() => change && void run(change)}
            >
              {t('edit.apply', { count: preview?.willChange ?? contacts.length })}
            </Button>
          </>
        ) : null}
        {busy ? <Button onClick={() => stop.current?.abort()}>{t('edit.stop')}</Button> : null}
        {phase.name === 'report' && phase.report.changed.length > 0 ? (
          <Button onClick={() => void undo(phase.change, phase.report)}>{t('edit.undo')}</Button>
        ) : null}
        {phase.name === 'report' || phase.name === 'undone' ? (
          <Button variant="contained" onClick={onClose}>
            {t('edit.close')}
          </Button>
        ) : null}
      </DialogActions>
    </Dialog>
  )
}

function Progress({ text, progress }: { text: string; progress: BatchProgress }) {
  const { t } = useTranslation('bulk')
  return (
    <>
      <Typography role="status" sx={{ mb: 1 }}>
        {text}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={(progress.done / Math.max(1, progress.total)) * 100}
        aria-label={text}
      />
      {progress.waitingSeconds !== null ? (
        <Alert severity="info" sx={{ mt: 2 }}>
          {t('edit.waiting', { seconds: progress.waitingSeconds })}
        </Alert>
      ) : null}
    </>
  )
}

function EditReport({ report }: { report: BulkEditReport }) {
  const { t } = useTranslation('bulk')
  const problems = report.failed.length + report.notRun.length
  const parts = [
    t('edit.changed', { count: report.changed.length }),
    t('edit.unchanged', { count: report.unchanged.length }),
    t('edit.failed', { count: report.failed.length }),
  ]
  if (report.notRun.length > 0) parts.push(t('edit.notRun', { count: report.notRun.length }))
  return (
    <>
      <Alert severity={problems === 0 ? 'success' : 'warning'}>{parts.join(', ')}</Alert>
      <ContactOutcomeList
        heading={t('edit.failedList')}
        items={[...report.failed, ...report.notRun.map((contact) => ({ contact }))]}
      />
      <ContactOutcomeList
        heading={t('edit.changedList')}
        items={report.changed.map(({ before }) => ({ contact: before }))}
      />
      <ContactOutcomeList
        heading={t('edit.unchangedList')}
        items={report.unchanged.map((contact) => ({ contact }))}
      />
    </>
  )
}

function UndoResult({ report }: { report: UndoReport }) {
  const { t } = useTranslation('bulk')
  const parts = [t('edit.restored', { count: report.restored.length })]
  if (report.skipped.length > 0) parts.push(t('edit.skipped', { count: report.skipped.length }))
  if (report.failed.length > 0) parts.push(t('edit.undoFailed', { count: report.failed.length }))
  if (report.notRun.length > 0) parts.push(t('edit.notRun', { count: report.notRun.length }))
  return (
    <>
      <Alert severity={parts.length === 1 ? 'success' : 'warning'}>{parts.join('; ')}</Alert>
      <ContactOutcomeList
        heading={t('edit.skippedList')}
        items={report.skipped.map((contact) => ({ contact }))}
      />
      <ContactOutcomeList
        heading={t('edit.undoFailedList')}
        items={[...report.failed, ...report.notRun.map((contact) => ({ contact }))]}
      />
    </>
  )
}
