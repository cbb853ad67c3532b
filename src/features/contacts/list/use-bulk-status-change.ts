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

export function useBulkStatusChange() {
  const archive = useArchiveContact()
  const restore = useRestoreContact()
  const [state, setState] = useState<BulkState>({ phase: 'idle' })

  const run = async (action: BulkAction, contacts: readonly Contact[]) => {
    const mutate = action === 'archive' ? archive.mutateAsync : restore.mutateAsync
    const queue = [...contacts]
    const failures: BulkFailure[] = []
    let done = 0
    setState({ phase: 'running', action, done, total: contacts.length })
    const worker = async () => {
      for (let contact = queue.shift(); contact; contact = queue.shift()) {
        try {
          await mutate(contact.id)
        } catch (error) {
          failures.push({ contact, message: errorDetail(error) })
        }
        done += 1
        setState({ phase: 'running', action, done, total: contacts.length })
      }
    }
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, contacts.length) }, worker))
    const order = new Map(contacts.map((contact, index) => [contact.id, index]))
    failures.sort((a, b) => (order.get(a.contact.id) ?? 0) - (order.get(b.contact.id) ?? 0))
    setState({ phase: 'done', action, succeeded: contacts.length - failures.length, failures })
  }

  return { state, run, reset: () => setState({ phase: 'idle' }) }
}
