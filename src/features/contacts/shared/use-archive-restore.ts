/**
 * Archive (after a confirmation) or restore a contact, each followed by a snackbar with Undo that runs the
 * opposite mutation. The mutations own the cache effects; this hook adds only the UI around them.
 *
 *   const archiveRestore = useArchiveRestore()
 *   <Button onClick={() => archiveRestore.requestArchive(contact)} disabled={archiveRestore.isPending}>…
 *   <Button onClick={() => archiveRestore.restore(contact)} disabled={archiveRestore.isPending}>…
 *   <ArchiveRestoreDialog {...archiveRestore.dialogProps} />
 *
 * - `requestArchive(contact, { onArchived })` opens the confirmation; confirming archives. The dialog
 *   stays open (buttons disabled) while the request runs and closes on success; on failure it closes and
 *   an error snackbar says so. `onArchived` runs after success (e.g. navigate away).
 * - `restore(contact, { onRestored })` restores at once: nothing is lost by restoring, so no confirmation.
 * - `isPending` is true while any of the mutations (including an Undo) runs.
 */
import { useState } from 'react'
import { useTranslation } from '../../../lib/i18n'
import type { Contact } from '../../../api/schemas/contact'
import { useNotify } from '../../../components/notifications'
import { useArchiveContact, useRestoreContact } from '../api/contact-mutations'
import type { ArchiveRestoreDialogProps } from './archive-restore-dialog'
import { contactFullName } from './contact-names'

type Target = Pick<Contact, 'id' | 'title' | 'first_name' | 'last_name' | 'title_suffix'>

export function useArchiveRestore() {
  const { t } = useTranslation('detail')
  const notify = useNotify()
  const archive = useArchiveContact()
  const restoreMutation = useRestoreContact()
  // The request outlives `open` so the dialog keeps its text while it fades out.
  const [request, setRequest] = useState<{ contact: Target; onArchived?: () => void } | null>(null)
  const [open, setOpen] = useState(false)

  const nameOf = (contact: Target) => contactFullName(contact) ?? t('unnamed')
  const fail = (key: 'archive.failed' | 'archive.restoreFailed', contact: Target) =>
    notify({ message: t(key, { name: nameOf(contact) }), severity: 'error' })

  // Undo uses mutateAsync + the notification store, so it still works after the screen unmounted.
  const undoArchive = (contact: Target) => {
    restoreMutation.mutateAsync(contact.id).then(
      () => notify({ message: t('archive.restored', { name: nameOf(contact) }), severity: 'success' }),
      () => fail('archive.restoreFailed', contact),
    )
  }
  const undoRestore = (contact: Target) => {
    archive.mutateAsync(contact.id).then(
      () => notify({ message: t('archive.archived', { name: nameOf(contact) }), severity: 'success' }),
      () => fail('archive.failed', contact),
    )
  }

  const confirmArchive = () => {
    if (!request) return
    const { contact, onArchived } = request
    archive.mutate(contact.id, {
      onSuccess: () => {
        setOpen(false)
        notify({
          message: t('archive.archived', { name: nameOf(contact) }),
          severity: 'success',
          action: { label: t('archive.undo'), onClick: () => undoArchive(contact) },
        })
        onArchived?.()
      },
      onError: () => {
        setOpen(false)
        fail('archive.failed', contact)
      },
    })
  }

  const dialogProps: ArchiveRestoreDialogProps = {
    open,
    contactName: request ? nameOf(request.contact) : '',
    pending: archive.isPending,
    onConfirm: confirmArchive,
    onCancel: () => setOpen(false),
  }

  return {
    requestArchive: (contact: Target, options: { onArchived?: () => void } = {}) => {
      setRequest({ contact, onArchived: options.onArchived })
      setOpen(true)
    },
    restore: (contact: Target, options: { onRestored?: () => void } = {}) => {
      restoreMutation.mutate(contact.id, {
        onSuccess: () => {
          notify({
            message: t('archive.restored', { name: nameOf(contact) }),
            severity: 'success',
            action: { label: t('archive.undo'), onClick: () => undoRestore(contact) },
          })
          options.onRestored?.()
        },
        onError: () => fail('archive.restoreFailed', contact),
      })
    },
    isPending: archive.isPending || restoreMutation.isPending,
    dialogProps,
  }
}
