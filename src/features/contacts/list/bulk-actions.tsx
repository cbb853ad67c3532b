import { lazy, Suspense, useState } from 'react'
import EditIcon from '@mui/icons-material/EditOutlined'
import SelectAllIcon from '@mui/icons-material/DoneAll'
import { useTranslation } from '../../../lib/i18n'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Typography from '@mui/material/Typography'
import ArchiveIcon from '@mui/icons-material/ArchiveOutlined'
import UnarchiveIcon from '@mui/icons-material/UnarchiveOutlined'
import type { Contact } from '../../../api/schemas/contact'
import { useNotify } from '../../../components/notifications'
import { usePermissionDenied } from '../../session/use-session'
import type { ContactListParams } from '../api/contact-list-params'
import { withBulkTexts } from '../bulk/bulk-texts'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { withTools } from './list-tools-texts'
import {
  applicableContacts,
  oppositeAction,
  useBulkStatusChange,
  type BulkAction,
  type BulkResult,
} from './use-bulk-status-change'

// Confirm, progress and result dialog: loaded when the user first picks a bulk action.
const BulkDialog = lazy(() =>
  withTools(import('./bulk-dialog')).then((module) => ({ default: module.BulkDialog })),
)

// Select all matching and bulk edit: each loaded with its texts when first opened.
const SelectAllMatchingDialog = lazy(() =>
  withBulkTexts(import('../bulk/select-all-matching-dialog')).then((module) => ({
    default: module.SelectAllMatchingDialog,
  })),
)
const BulkEditDialog = lazy(() =>
  withBulkTexts(import('../bulk/bulk-edit-dialog')).then((module) => ({ default: module.BulkEditDialog })),
)

/**
 * The bar that appears while rows are selected: archive / restore them (after confirming) or clear. A run
 * that changes every contact closes the dialog and says so in the snackbar, with Undo; one with failures
 * keeps the dialog open on its result. The page keeps this mounted after the rows leave the list, so the
 * dialog stays while archived rows drop out of it.
 */
export function BulkActions({
  selected,
  params,
  customFields,
  onReplace,
  onFinished,
}: {
  selected: readonly Contact[]
  /** The list's search and filters: what "select all matching" walks. */
  params: ContactListParams
  customFields: readonly CustomFieldInfo[]
  onReplace: (contacts: Contact[]) => void
  onFinished: () => void
}) {
  const { t } = useTranslation(['listTools', 'list'])
  const notify = useNotify()
  const bulk = useBulkStatusChange()
  const archiveDenied = usePermissionDenied('archive')
  // The targets are fixed when the user picks the action: rows refetched meanwhile must not change them.
  const editDenied = usePermissionDenied('edit')
  const [open, setOpen] = useState<'selectAll' | { edit: Contact[] } | null>(null)
  const [pending, setPending] = useState<{ action: BulkAction; contacts: Contact[]; skipped: number } | null>(
    null,
  )
  const toArchive = applicableContacts('archive', selected)
  const toRestore = applicableContacts('restore', selected)

  const choose = (action: BulkAction) => {
    const contacts = action === 'archive' ? toArchive : toRestore
    setPending({ action, contacts, skipped: selected.length - contacts.length })
  }

  const close = () => {
    if (bulk.state.phase === 'done') onFinished()
    bulk.reset()
    setPending(null)
  }

  const doneText = (action: BulkAction, count: number) =>
    t(action === 'archive' ? 'bulk.archivedCount' : 'bulk.restoredCount', { count })

  // Undo runs from the snackbar, possibly after the list unmounted: mutations and the store still work.
  const undo = async (action: BulkAction, succeeded: BulkResult['succeeded']) => {
    const { restored, skipped, failed } = await bulk.undo(action, succeeded)
    const problems = [
      skipped.length > 0 ? t('bulk.undoSkipped', { count: skipped.length }) : '',
      failed.length > 0 ? t('bulk.undoFailed', { count: failed.length }) : '',
    ].filter(Boolean)
    notify({
      message: [doneText(oppositeAction(action), restored.length), ...problems].join('. '),
      severity: problems.length > 0 ? 'warning' : 'success',
    })
  }

  const confirm = async (action: BulkAction, contacts: readonly Contact[]) => {
    const { succeeded, failures } = await bulk.run(action, contacts)
    if (failures.length > 0) return
    bulk.reset()
    setPending(null)
    onFinished()
    notify({
      message: doneText(action, succeeded.length),
      severity: 'success',
      action: { label: t('bulk.undo'), onClick: () => void undo(action, succeeded) },
    })
  }

  return (
    <>
      {selected.length > 0 ? (
        <Paper
          variant="outlined"
          role="region"
          aria-label={t('bulk.selected', { count: selected.length })}
          sx={{
            display: 'flex',
            flexWrap: 'wrap',
            alignItems: 'center',
            gap: 1,
            px: 2,
            py: 1,
            mb: 2,
            bgcolor: 'action.selected',
          }}
        >
          <Typography sx={{ fontWeight: 600, mr: 'auto' }} aria-live="polite">
            {t('bulk.selected', { count: selected.length })}
          </Typography>
          <Button startIcon={<SelectAllIcon />} onClick={() => setOpen('selectAll')}>
            {t('bulk.selectAllMatching')}
          </Button>
          <Button
            variant="contained"
            startIcon={<EditIcon />}
            onClick={() => setOpen({ edit: [...selected] })}
            disabled={editDenied}
          >
            {t('bulk.edit')}
          </Button>
          {toArchive.length > 0 ? (
            <Button
              variant="contained"
              startIcon={<ArchiveIcon />}
              onClick={() => choose('archive')}
              disabled={archiveDenied}
            >
              {t('bulk.archive')}
            </Button>
          ) : null}
          {toRestore.length > 0 ? (
            <Button
              variant="contained"
              startIcon={<UnarchiveIcon />}
              onClick={() => choose('restore')}
              disabled={archiveDenied}
            >
              {t('bulk.restore')}
            </Button>
          ) : null}
          <Button onClick={onFinished}>{t('bulk.clearSelection')}</Button>
        </Paper>
      ) : null}
      <Suspense fallback={null}>
        {open === 'selectAll' ? (
          <SelectAllMatchingDialog
            params={params}
            onSelected={(contacts) => {
              onReplace(contacts)
              setOpen(null)
            }}
            onClose={() => setOpen(null)}
          />
        ) : null}
        {open !== null && open !== 'selectAll' ? (
          <BulkEditDialog
            contacts={open.edit}
            customFields={customFields}
            onKeepSelected={onReplace}
            onClose={() => setOpen(null)}
          />
        ) : null}
      </Suspense>
      {pending !== null ? (
        <Suspense fallback={null}>
          <BulkDialog
            action={pending.action}
            contacts={pending.contacts}
            skipped={pending.skipped}
            state={bulk.state}
            onConfirm={() => void confirm(pending.action, pending.contacts)}
            onClose={close}
          />
        </Suspense>
      ) : null}
    </>
  )
}
