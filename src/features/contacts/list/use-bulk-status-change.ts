/**
 * Archives or restores several contacts, one request each (the API has no bulk endpoint), a few at a
 * time (see bulk/run-in-batches.ts). Every contact's outcome is kept, so the user learns exactly which
 * failed and why; Undo puts back only contacts nobody changed since (see bulk/bulk-undo.ts).
 */
import { useState } from 'react'
import type { Contact } from '../../../api/schemas/contact'
import { errorDetail } from '../../../lib/error-text'
import { fetchContact } from '../api/contact-api'
import { useArchiveContact, useRestoreContact } from '../api/contact-mutations'
import { runUndo, untouchedSince, untouchedSinceArchive, type UndoReport } from '../bulk/bulk-undo'
import { runInBatches } from '../bulk/run-in-batches'

export type BulkAction = 'archive' | 'restore'

export interface BulkFailure {
  contact: Contact
  message: string
}

export interface BulkResult {
  /** The contacts the action changed, each with what the server answered (restore) or null (archive). */
  succeeded: { contact: Contact; after: Contact | null }[]
  failures: BulkFailure[]
}

export type BulkState =
  | { phase: 'idle' }
  | { phase: 'running'; action: BulkAction; done: number; total: number }
  | { phase: 'done'; action: BulkAction; succeeded: number; failures: BulkFailure[] }

/** Only contacts the action changes: archiving an archived contact (or restoring an active one) is skipped. */
export function applicableContacts(action: BulkAction, contacts: readonly Contact[]) {
  return contacts.filter((contact) =>
    action === 'archive' ? contact.deleted_at === null : contact.deleted_at !== null,
  )
}

export function oppositeAction(action: BulkAction): BulkAction {
  return action === 'archive' ? 'restore' : 'archive'
}

export function useBulkStatusChange() {
  const archive = useArchiveContact()
  const restore = useRestoreContact()
  const [state, setState] = useState<BulkState>({ phase: 'idle' })

  const write = (action: BulkAction, id: string): Promise<Contact | null> =>
    action === 'archive' ? archive.mutateAsync(id).then(() => null) : restore.mutateAsync(id)

  /** With progress in `state`, for the dialog. */
  const run = async (action: BulkAction, contacts: readonly Contact[]): Promise<BulkResult> => {
    const total = contacts.length
    setState({ phase: 'running', action, done: 0, total })
    const results = await runInBatches(contacts, (contact) => write(action, contact.id), {
      signal: new AbortController().signal,
      onProgress: ({ done }) => setState({ phase: 'running', action, done, total }),
    })
    const result: BulkResult = { succeeded: [], failures: [] }
    for (const item of results) {
      if (item.ok) result.succeeded.push({ contact: item.item, after: item.value })
      else result.failures.push({ contact: item.item, message: errorDetail(item.error) })
    }
    setState({ phase: 'done', action, succeeded: result.succeeded.length, failures: result.failures })
    return result
  }

  /**
   * Undo of a finished run, without touching `state`: it comes from the snackbar, possibly after the list
   * (and this hook) unmounted; the mutations still run and own their cache effects.
   */
  const undo = (action: BulkAction, succeeded: BulkResult['succeeded']): Promise<UndoReport> =>
    runUndo(
      succeeded.map(({ contact, after }) => ({
        contact,
        untouched: action === 'archive' || after === null ? untouchedSinceArchive : untouchedSince(after),
        putBack: () => write(oppositeAction(action), contact.id),
      })),
      (id) => fetchContact(id),
      { signal: new AbortController().signal, onProgress: () => undefined },
    )

  return { state, run, undo, reset: () => setState({ phase: 'idle' }) }
}
