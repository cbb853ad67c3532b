/**
 * Archives or restores several contacts, one request each (the API has no bulk endpoint), at most four
 * at a time. Every contact's outcome is kept, so the user learns exactly which failed and why.
 */
import { useState } from 'react'
import type { Contact } from '../../../api/schemas/contact'
import { errorDetail } from '../../../lib/error-text'
import { useArchiveContact, useRestoreContact } from '../api/contact-mutations'

export type BulkAction = 'archive' | 'restore'
const CONCURRENCY = 4

export interface BulkFailure {
  contact: Contact
  message: string
}

export interface BulkResult {
  /** The contacts the action changed, in the order they were given: what an Undo must change back. */
  succeeded: Contact[]
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

async function runAll(
  mutate: (id: string) => Promise<unknown>,
  contacts: readonly Contact[],
  onProgress: (done: number) => void,
): Promise<BulkResult> {
  const queue = [...contacts]
  const failures: BulkFailure[] = []
  let done = 0
  const worker = async () => {
    for (let contact = queue.shift(); contact; contact = queue.shift()) {
      try {
        await mutate(contact.id)
      } catch (error) {
        failures.push({ contact, message: errorDetail(error) })
      }
      done += 1
      onProgress(done)
    }
  }
  await Promise.all(Array.from({ length: Math.min(CONCURRENCY, contacts.length) }, worker))
  const order = new Map(contacts.map((contact, index) => [contact.id, index]))
  failures.sort((a, b) => (order.get(a.contact.id) ?? 0) - (order.get(b.contact.id) ?? 0))
  const failed = new Set(failures.map(({ contact }) => contact.id))
  return { succeeded: contacts.filter((contact) => !failed.has(contact.id)), failures }
}

export function useBulkStatusChange() {
  const archive = useArchiveContact()
  const restore = useRestoreContact()
  const [state, setState] = useState<BulkState>({ phase: 'idle' })
  const mutation = (action: BulkAction) => (action === 'archive' ? archive.mutateAsync : restore.mutateAsync)

  /** With progress in `state`, for the dialog. */
  const run = async (action: BulkAction, contacts: readonly Contact[]) => {
    const total = contacts.length
    setState({ phase: 'running', action, done: 0, total })
    const result = await runAll(mutation(action), contacts, (done) =>
      setState({ phase: 'running', action, done, total }),
    )
    setState({ phase: 'done', action, succeeded: result.succeeded.length, failures: result.failures })
    return result
  }

  /**
   * Without touching `state`: an Undo from the snackbar, which may come after the list (and this hook)
   * unmounted; the mutations still run and own their cache effects.
   */
  const runQuietly = (action: BulkAction, contacts: readonly Contact[]) =>
    runAll(mutation(action), contacts, () => undefined)

  return { state, run, runQuietly, reset: () => setState({ phase: 'idle' }) }
}
