/**
 * Where a form starts: the contact's values, or a stored draft on top of them. A draft made against an
 * older version of the contact starts from that older version (its `base`), so saving it still sends only
 * what the user changed, and the conflict check shows what changed on the server since.
 */
import type { Contact } from '../../../api/schemas/contact'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { changedKeys } from './contact-diff'
import { contactToFormValues, emptyContactFormValues, type ContactFormValues } from './contact-form-values'
import { normalizeContact } from './contact-normalize'
import { formValuesFromDraft } from './draft-values'
import { clearDraft, loadDraft, type DraftId } from './draft-storage'

export interface FormStart {
  /** What the form compares with (diff base). */
  base: ContactFormValues
  /** What the inputs show first. */
  values: ContactFormValues
  openedAt: string | null
  /** When the restored draft was saved; null when nothing was restored. */
  restoredAt: string | null
}

export function freshStart(contact: Contact | null, fields: readonly CustomFieldInfo[]): FormStart {
  const base = contact ? contactToFormValues(contact, fields) : emptyContactFormValues(fields)
  return { base, values: base, openedAt: contact?.updated_at ?? null, restoredAt: null }
}

export function formStart(
  draftId: DraftId,
  owner: string | null,
  contact: Contact | null,
  fields: readonly CustomFieldInfo[],
): FormStart {
  const fresh = freshStart(contact, fields)
  const draft = loadDraft(draftId, owner)
  if (!draft) return fresh
  const stale = draft.basedOn !== fresh.openedAt
  const base = stale ? formValuesFromDraft(fresh.base, draft.base) : fresh.base
  const values = formValuesFromDraft(base, draft.values)
  if (changedKeys(normalizeContact(base, fields), normalizeContact(values, fields)).length === 0) {
    clearDraft(draftId) // nothing left to restore
    return fresh
  }
  return { base, values, openedAt: stale ? draft.basedOn : fresh.openedAt, restoredAt: draft.savedAt }
}
