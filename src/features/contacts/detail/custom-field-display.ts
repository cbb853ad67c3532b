/**
 * How one custom-field value reads, by its kind. Pure apart from the Intl formatters (bound to the UI
 * language). Returns null for "no value", so the caller shows its em dash.
 */
import type { CustomFieldValue } from '../../../api/schemas/company'
import { formatDate, formatNumber } from '../../../lib/format'
import type { CustomFieldKind } from '../shared/custom-field-kinds'

export interface CustomFieldTexts {
  yes: string
  no: string
  /** Joins list items, e.g. ", ". */
  listSeparator: string
  /** Names the ids of user-type fields. */
  userName: (id: string) => string
}

export function isEmptyCustomFieldValue(value: CustomFieldValue | undefined): boolean {
  if (value === null || value === undefined) return true
  if (typeof value === 'string') return value.trim() === ''
  if (Array.isArray(value)) return value.every((item) => item.trim() === '')
  return false
}

export function formatCustomFieldValue(
  value: CustomFieldValue | undefined,
  kind: CustomFieldKind,
  texts: CustomFieldTexts,
): string | null {
  if (value === undefined || value === null || isEmptyCustomFieldValue(value)) return null
  if (kind === 'user' && typeof value === 'string') return texts.userName(value.trim())
  if (typeof value === 'boolean') return value ? texts.yes : texts.no
  if (typeof value === 'number') return formatNumber(value)
  if (Array.isArray(value)) return value.filter((item) => item.trim() !== '').join(texts.listSeparator)
  if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return formatDate(value) || value
  if ((kind === 'integer' || kind === 'number') && value.trim() !== '' && Number.isFinite(Number(value))) {
    return formatNumber(Number(value))
  }
  if (kind === 'boolean' && (value === 'true' || value === 'false'))
    return value === 'true' ? texts.yes : texts.no
  return value
}
