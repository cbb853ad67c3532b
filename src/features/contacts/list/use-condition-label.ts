/**
 * Human text for a filter condition ("Owner is Jonas Berg", "Last name contains “Müller”"). Ids are
 * shown by name: from the lookups (loaded only when a condition needs them) or the rows on screen.
 */
import { useCallback } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { Contact } from '../../../api/schemas/contact'
import type { FilterCondition, FilterScalar } from '../../../lib/filter'
import { formatDate } from '../../../lib/format'
import { currentLanguage, useTranslation } from '../../../lib/i18n'
import { lookupQueries } from '../api/lookup-queries'
import { countryName } from '../detail/person-facts'
import { userFullName } from '../shared/contact-names'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { customFieldLabel } from './contact-columns'
import { customAlias, fieldKey, isCustomField, valueInputFor } from './filter-fields'
import { useOperatorLabel } from './use-operator-label'

export function useFieldLabel(customFields: readonly CustomFieldInfo[]) {
  const { t } = useTranslation('list')
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

export function useConditionLabel(
  conditions: readonly FilterCondition[],
  customFields: readonly CustomFieldInfo[],
  rows: readonly Contact[],
) {
  const { t } = useTranslation('list')
  const fieldLabel = useFieldLabel(customFields)
  const operatorLabel = useOperatorLabel()
  const needs = (field: string) => conditions.some((condition) => condition.field === field)
  const countries = useQuery({ ...lookupQueries.countries(), enabled: needs('address_country.id') })
  const users = useQuery({ ...lookupQueries.users(''), enabled: needs('owner.id') })
  const clients = useQuery({ ...lookupQueries.clients(''), enabled: needs('client.id') })

  return (condition: FilterCondition): string => {
    const input = valueInputFor(condition.field, condition.op, customFields)
    const scalarLabel = (value: FilterScalar): string => {
      const id = String(value)
      switch (input) {
        case 'countries': {
          const country = countries.data?.find((candidate) => candidate.id === id)
          return country ? countryName(country, currentLanguage()) : id
        }
        case 'users': {
          const user =
            users.data?.find((candidate) => candidate.id === id) ??
            rows.find((row) => row.owner?.id === id)?.owner ??
            null
          return user ? userFullName(user) : id
        }
        case 'clients':
          return (
            clients.data?.find((client) => client.id === id)?.name ??
            rows.find((row) => row.client?.id === id)?.client?.name ??
            id
          )
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
    const head = `${fieldLabel(condition.field)} ${operatorLabel(condition.op, input)}`
    if (condition.value === undefined) return head
    const values: readonly FilterScalar[] = Array.isArray(condition.value)
      ? condition.value
      : [condition.value]
    return `${head} ${values.map(scalarLabel).join(', ')}`
  }
}
