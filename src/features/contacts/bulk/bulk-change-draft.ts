/** What the user has picked so far in the bulk edit dialog, and the change it makes (null: incomplete). */
import type { Client, User } from '../../../api/schemas/common'
import type { Company } from '../../../api/schemas/company'
import { normalizeCustomValue, normalizeText } from '../form/contact-normalize'
import type { CustomFormValue } from '../form/contact-form-values'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import type { BulkChange } from './bulk-change'

/** `owner`, `client`, `addCompany`, `removeCompany` or `custom.<alias>`. */
export type DraftField = string

export interface BulkChangeDraft {
  field: DraftField
  mode: 'set' | 'clear'
  user: User | null
  client: Client | null
  company: Company | null
  position: string
}

export const emptyDraft: BulkChangeDraft = {
  field: 'owner',
  mode: 'set',
  user: null,
  client: null,
  company: null,
  position: '',
}

export const CUSTOM_PREFIX = 'custom.'

export function customFieldOf(draft: BulkChangeDraft, fields: readonly CustomFieldInfo[]) {
  if (!draft.field.startsWith(CUSTOM_PREFIX)) return null
  const alias = draft.field.slice(CUSTOM_PREFIX.length)
  return fields.find((field) => field.alias === alias) ?? null
}

export const companyLabel = (company: Pick<Company, 'id' | 'company_name'>) =>
  company.company_name ?? company.id

export function draftChange(
  draft: BulkChangeDraft,
  fields: readonly CustomFieldInfo[],
  customValue: CustomFormValue | undefined,
): BulkChange | null {
  const clear = draft.mode === 'clear'
  switch (draft.field) {
    case 'owner':
      return clear ? { field: 'owner', user: null } : draft.user && { field: 'owner', user: draft.user }
    case 'client':
      return clear
        ? { field: 'client', client: null }
        : draft.client && { field: 'client', client: draft.client }
    case 'addCompany':
      return (
        draft.company && {
          field: 'addCompany',
          company: { id: draft.company.id, name: companyLabel(draft.company) },
          position: normalizeText(draft.position),
        }
      )
    case 'removeCompany':
      return (
        draft.company && {
          field: 'removeCompany',
          company: { id: draft.company.id, name: companyLabel(draft.company) },
        }
      )
  }
  const custom = customFieldOf(draft, fields)
  if (!custom) return null
  if (clear) return { field: 'custom', alias: custom.alias, value: null }
  const value = normalizeCustomValue(custom.kind, customValue)
  return value === null ? null : { field: 'custom', alias: custom.alias, value }
}
