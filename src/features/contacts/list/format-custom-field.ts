/** Custom-field values as text, formatted by the field's kind and the UI language. */
import type { TFunction } from '../../../lib/i18n'
import type { CustomFieldValue } from '../../../api/schemas/company'
import { formatDate, formatNumber } from '../../../lib/format'
import type { CustomFieldKind } from '../shared/custom-field-kinds'

export function formatCustomFieldValue(
  value: CustomFieldValue | undefined,
  kind: CustomFieldKind,
  t: TFunction<'list'>,
) {
  if (value === null || value === undefined || value === '') return ''
  if (Array.isArray(value)) return value.join(', ')
  if (typeof value === 'boolean') return value ? t('values.yes') : t('values.no')
  if (typeof value === 'number') return formatNumber(value)
  if (kind === 'date') return formatDate(value) || value
  return value
}
