/** Readable names and values of form fields, for the conflict dialog and the form-level error list. */
import { currentLanguage, useTranslation } from '../../../lib/i18n'
import { formatDate, formatNumber } from '../../../lib/format'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { customAliasOf, isCustomKey, isStandardKey, type FieldKey, type FieldValue } from './contact-diff'
import { useUserNames } from '../shared/user-names'
import { customFieldLabel } from './custom-field-input'
import { isRealDate } from './custom-value-parsers'

const genders = ['female', 'male', 'diverse'] as const
const isGender = (value: string): value is (typeof genders)[number] =>
  (genders as readonly string[]).includes(value)

export function useFieldText(fields: readonly CustomFieldInfo[]) {
  const { t } = useTranslation('form')
  const userName = useUserNames(fields.some((field) => field.kind === 'user'))
  const isUserField = (key: FieldKey) =>
    fields.some((field) => field.kind === 'user' && field.alias === customAliasOf(key))

  const label = (key: FieldKey): string => {
    if (isStandardKey(key)) return t(`fields.${key}`)
    const alias = customAliasOf(key) ?? key
    const field = fields.find((candidate) => candidate.alias === alias)
    return field ? customFieldLabel(field) : alias
  }

  /** A 422 key the form could not place: its field's name where we know it, the raw key otherwise. */
  const serverKeyLabel = (key: string): string => {
    if (key.startsWith('companies')) return t('fields.companies')
    if (isStandardKey(key) || isCustomKey(key)) return label(key)
    return key
  }

  const value = (key: FieldKey, field: FieldValue): string => {
    const empty = t('conflict.empty')
    switch (field.kind) {
      case 'scalar':
        if (field.value === null) return empty
        if (key === 'gender' && isGender(field.value)) return t(`gender.${field.value}`)
        if (key === 'birthday' && isRealDate(field.value)) return formatDate(field.value)
        if (key === 'locale') {
          const names = new Intl.DisplayNames([currentLanguage()], { type: 'language' })
          try {
            return names.of(field.value.replace('_', '-')) ?? field.value
          } catch {
            return field.value
          }
        }
        return field.value
      case 'relation':
        return field.label ?? field.value ?? empty
      case 'companies':
        if (field.value.length === 0) return empty
        return field.value
          .map((company) => (company.position ? `${company.name} (${company.position})` : company.name))
          .join(', ')
      case 'custom':
        if (field.value === null) return empty
        if (typeof field.value === 'boolean') return field.value ? t('custom.yes') : t('custom.no')
        if (typeof field.value === 'number') return formatNumber(field.value)
        if (Array.isArray(field.value)) return field.value.join(', ')
        if (isUserField(key)) return userName(field.value)
        return isRealDate(field.value) ? formatDate(field.value) : field.value
    }
  }

  return { label, value, serverKeyLabel }
}
