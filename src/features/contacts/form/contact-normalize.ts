/**
 * Form values → the values a save would send (trimmed, `''` → null, numbers parsed). Works on invalid
 * input too (an unparsable number stays text), because the unsaved-changes guard and the draft logic must
 * judge "changed?" while the user is still typing. Relations keep a label for the conflict dialog.
 */
import type { CustomFieldValue } from '../../../api/schemas/company'
import { contactStringFields, type ContactStringField } from '../../../api/schemas/contact'
import { userFullName } from '../shared/contact-names'
import type { CustomFieldInfo, CustomFieldKind } from '../shared/custom-field-kinds'
import type { ContactFormValues, CustomFormValue } from './contact-form-values'
import { parseDecimal, parseInteger } from './custom-value-parsers'

export interface RelationValue {
  id: string | null
  label: string | null
}

export interface NormalizedCompany {
  id: string
  name: string
  position: string | null
}

export interface NormalizedContact {
  scalars: Record<ContactStringField, string | null>
  relations: Record<RelationKey, RelationValue>
  companies: NormalizedCompany[]
  custom: Record<string, CustomFieldValue>
}

export const relationKeys = ['owner_id', 'client_id', 'address_country_id'] as const
export type RelationKey = (typeof relationKeys)[number]

export function normalizeText(text: string): string | null {
  const trimmed = text.trim()
  return trimmed === '' ? null : trimmed
}

export function normalizeCustomValue(
  kind: CustomFieldKind,
  value: CustomFormValue | undefined,
): CustomFieldValue {
  if (value === undefined || value === null) return null
  if (typeof value === 'boolean') return value
  if (Array.isArray(value)) {
    const items = value.map((item) => item.trim()).filter(Boolean)
    return items.length > 0 ? items : null
  }
  const text = normalizeText(value)
  if (text === null) return null
  if (kind === 'integer') return parseInteger(text) ?? text
  if (kind === 'number') return parseDecimal(text) ?? text
  return text
}

export function normalizeContact(
  values: ContactFormValues,
  fields: readonly CustomFieldInfo[],
): NormalizedContact {
  const scalars = Object.fromEntries(
    contactStringFields.map((key) => [key, normalizeText(values[key])]),
  ) as Record<ContactStringField, string | null>
  return {
    scalars,
    relations: {
      owner_id: { id: values.owner?.id ?? null, label: values.owner ? userFullName(values.owner) : null },
      client_id: { id: values.client?.id ?? null, label: values.client?.name ?? null },
      address_country_id: {
        id: values.address_country?.id ?? null,
        label: values.address_country?.name ?? null,
      },
    },
    companies: values.companies.map((company) => ({
      id: company.id,
      name: company.name,
      position: normalizeText(company.position),
    })),
    custom: Object.fromEntries(
      fields.map((field) => [
        field.alias,
        normalizeCustomValue(field.kind, values.custom_fields[field.alias]),
      ]),
    ),
  }
}
