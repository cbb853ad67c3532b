/**
 * Undo of a bulk run: each contact gets back what it had, but only if nobody changed it since. Before
 * each write the contact is read again; when its `updated_at` is not the one our change left, it is
 * skipped and reported, so a newer edit is never overwritten.
 */
import type { Contact } from '../../../api/schemas/contact'
import { errorDetail } from '../../../lib/error-text'
import { runInBatches, type BatchProgress } from './run-in-batches'

export interface UndoStep {
  contact: Contact
  /** True when the contact, as read now, is still exactly as our change left it. */
  untouched: (current: Contact) => boolean
  putBack: () => Promise<unknown>
}

export interface UndoReport {
  restored: Contact[]
  /** Changed by someone since: left as they are. */
  skipped: Contact[]
  failed: { contact: Contact; message: string }[]
  /** Not tried: the Undo was stopped before their turn (they keep the edit). */
  notRun: Contact[]
}

class ChangedSince extends Error {}

export async function runUndo(
  steps: readonly UndoStep[],
  read: (id: string) => Promise<Contact>,
  options: { signal: AbortSignal; onProgress: (progress: BatchProgress) => void },
): Promise<UndoReport> {
  const results = await runInBatches(
    steps,
    async (step) => {
      if (!step.untouched(await read(step.contact.id))) throw new ChangedSince()
      await step.putBack()
    },
    options,
  )
  const tried = new Set(results.map((result) => result.item))
  const report: UndoReport = {
    restored: [],
    skipped: [],
    failed: [],
    notRun: steps.filter((step) => !tried.has(step)).map((step) => step.contact),
  }
  for (const result of results) {
    if (result.ok) report.restored.push(result.item.contact)
    else if (result.error instanceof ChangedSince) report.skipped.push(result.item.contact)
    else report.failed.push({ contact: result.item.contact, message: errorDetail(result.error) })
  }
  return report
}

/** Still archived, and not edited after it was archived (archiving stamps `updated_at` = `deleted_at`). */
export function untouchedSinceArchive(current: Contact): boolean {
  return current.deleted_at !== null && Date.parse(current.updated_at) <= Date.parse(current.deleted_at)
}

/** Still active, and its `updated_at` is the one the restore (or edit) answered with. */
export function untouchedSince(after: Contact) {
  return (current: Contact) =>
    current.deleted_at === after.deleted_at && current.updated_at === after.updated_at
}
