/**
 * Runs a bulk edit: contacts that already have the value are left alone, every other one gets the one
 * field's minimal write. The outcome of each contact is kept for the report and for Undo.
 */
import type { Contact } from '../../../api/schemas/contact'
import { errorDetail } from '../../../lib/error-text'
import type { BulkContactWrites } from '../api/contact-bulk-writes'
import { alreadyHas, changeWrite, type BulkChange } from './bulk-change'
import { runInBatches, type BatchProgress } from './run-in-batches'

export interface BulkEditReport {
  /** Each with the contact as it was before and as the server answered after (for Undo). */
  changed: { before: Contact; after: Contact }[]
  unchanged: Contact[]
  failed: { contact: Contact; message: string }[]
  /** Not tried: the run was cancelled before their turn. */
  notRun: Contact[]
}

export function previewCounts(contacts: readonly Contact[], change: BulkChange) {
  const unchanged = contacts.filter((contact) => alreadyHas(contact, change)).length
  return { willChange: contacts.length - unchanged, unchanged }
}

export async function runBulkEdit(
  contacts: readonly Contact[],
  change: BulkChange,
  writes: BulkContactWrites,
  options: { signal: AbortSignal; onProgress: (progress: BatchProgress) => void },
): Promise<BulkEditReport> {
  const unchanged = contacts.filter((contact) => alreadyHas(contact, change))
  const targets = contacts.filter((contact) => !alreadyHas(contact, change))
  const results = await runInBatches(
    targets,
    (contact) => writes.update(contact.id, changeWrite(contact, change)),
    options,
  )
  await writes.settle()
  const report: BulkEditReport = { changed: [], unchanged, failed: [], notRun: [] }
  for (const result of results) {
    if (result.ok) report.changed.push({ before: result.item, after: result.value })
    else report.failed.push({ contact: result.item, message: errorDetail(result.error) })
  }
  const tried = new Set(results.map((result) => result.item.id))
  report.notRun = targets.filter((contact) => !tried.has(contact.id))
  return report
}
