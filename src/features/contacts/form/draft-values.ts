/**
 * Reading form values back from a stored draft. The draft may come from an older build or a different set
 * of custom fields, so every value is checked against the current form's shape; anything that does not
 * fit keeps the form's own value instead of breaking the form.
 */
import { z } from 'zod'
import { clientSchema, countrySchema, userSchema } from '../../../api/schemas/common'
import { contactStringFields } from '../../../api/schemas/contact'
import type { ContactFormValues, CustomFormValue } from './contact-form-values'

// The shared schemas are zod/mini (no chain methods), so they are wrapped with classic `z.nullable` first.
const storedSchema = z.looseObject({
  address_country: z.nullable(countrySchema).optional().catch(undefined),
  owner: z.nullable(userSchema).optional().catch(undefined),
  client: z.nullable(clientSchema).optional().catch(undefined),
  companies: z
    .array(z.object({ id: z.string(), name: z.string(), position: z.string() }))
    .optional()
    .catch(undefined),
  custom_fields: z.record(z.string(), z.unknown()).optional().catch(undefined),
})

function sameShape(current: CustomFormValue, stored: unknown): stored is CustomFormValue {
  if (Array.isArray(current)) return Array.isArray(stored) && stored.every((item) => typeof item === 'string')
  if (current === null || typeof current === 'boolean') return stored === null || typeof stored === 'boolean'
  return typeof stored === 'string'
}

export function formValuesFromDraft(fallback: ContactFormValues, stored: unknown): ContactFormValues {
  const parsed = storedSchema.safeParse(stored)
  if (!parsed.success) return fallback
  const draft = parsed.data
  const values: ContactFormValues = { ...fallback, custom_fields: { ...fallback.custom_fields } }
  for (const key of contactStringFields) {
    const value = draft[key]
    if (typeof value === 'string') values[key] = value
  }
  if (draft.address_country !== undefined) values.address_country = draft.address_country
  if (draft.owner !== undefined) values.owner = draft.owner
  if (draft.client !== undefined) values.client = draft.client
  if (draft.companies !== undefined) values.companies = draft.companies
  for (const [alias, current] of Object.entries(values.custom_fields)) {
    const value = draft.custom_fields?.[alias]
    if (value !== undefined && sameShape(current, value)) values.custom_fields[alias] = value
  }
  return values
}
