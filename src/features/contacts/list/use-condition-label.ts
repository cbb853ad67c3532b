/**
 * Human text for a filter condition ("Owner is Jonas Berg", "Last name contains “Müller”"). Ids are
 * always shown by name, resolved by id through the full user and client lists (loaded only when a
 * condition needs them), never by whichever rows happen to be on screen.
 */
import { useCallback } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { FilterCondition, FilterScalar } from '../../../lib/filter'
import { formatDate } from '../../../lib/format'
import { currentLanguage, useTranslation } from '../../../lib/i18n'
import { clientDirectoryQuery } from '../api/directory-queries'
import { lookupQueries } from '../api/lookup-queries'
import { countryName } from '../detail/person-facts'
import { useUserNames } from '../shared/user-names'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { customFieldLabel } from './contact-columns'
import { customAlias, fieldKey, isCustomField, valueInputFor, type ValueInput } from './filter-fields'
import { useOperatorLabel } from './use-operator-label'

/** Field names live in `listTools`: only the lazy filter parts (chips, panel, refused filter) name fields. */
export function useFieldLabel(customFields: readonly CustomFieldInfo[]) {
  const { t } = useTranslation(['listTools', 'list'])
  return useCallback(
    (field: string) => {
      if (!isCustomField(field)) return t(`fields.${fieldKey(field)}`, { defaultValue: field })
      const alias = customAlias(field)
      const info = customFields.find((candidate) => candidate.alias === alias)
      return info ? customFieldLabel(info) : alias
    },
    [customFields, t],
  )
}

/** One value of a condition in words: a name for an id, "Yes", a local date, a quoted text. */
export function useValueLabel(
  conditions: readonly FilterCondition[],
  customFields: readonly CustomFieldInfo[],
) {
  const { t } = useTranslation('list')
  const needs = (input: ValueInput) =>
    conditions.some((condition) => valueInputFor(condition.field, condition.op, customFields) === input)
  const countries = useQuery({ ...lookupQueries.countries(), enabled: needs('countries') })
  const userName = useUserNames(needs('users'))
  const clients = useQuery({ ...clientDirectoryQuery(), enabled: needs('clients') })

  return (condition: FilterCondition, value: FilterScalar): string => {
    const input = valueInputFor(condition.field, condition.op, customFields)
    const id = String(value)
    switch (input) {
      case 'countries': {
        const country = countries.data?.find((candidate) => candidate.id === id)
        return country ? countryName(country, currentLanguage()) : id
      }
      case 'users':
        return userName(id)
      case 'clients':
        if (clients.data) return clients.data.find((client) => client.id === id)?.name ?? id
        return clients.isError ? id : '…'
      case 'boolean':
        return value === true || value === 'true' ? t('values.yes') : t('values.no')
      case 'date':
        return formatDate(id) || id
      case 'integer':
      case 'number':
        return id
      default:
        return t('values.quoted', { value: id })
    }
  }
}

export function useConditionLabel(
  conditions: readonly FilterCondition[],
  customFields: readonly CustomFieldInfo[],
) {
  const fieldLabel = useFieldLabel(customFields)
  const operatorLabel = useOperatorLabel()
  const valueLabel = useValueLabel(conditions, customFields)
  return (condition: FilterCondition): string => {
    const input = valueInputFor(condition.field, condition.op, customFields)
    const head = `${fieldLabel(condition.field)} ${operatorLabel(condition.op, input)}`
    if (condition.value === undefined) return head
    const values: readonly FilterScalar[] = Array.isArray(condition.value)
      ? condition.value
      : [condition.value]
    return `${head} ${values.map((value) => valueLabel(condition, value)).join(', ')}`
  }
}
