import type { UseFormReturn } from 'react-hook-form'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import type { ContactFormValues } from './contact-form-values'
import { formOrder, mapServerErrors, type UnplacedError } from './server-errors'

/** Puts a 422's messages on their fields, focuses the first in form order, returns what has no field. */
export function placeServerErrors(
  form: UseFormReturn<ContactFormValues>,
  fields: readonly CustomFieldInfo[],
  fieldErrors: Record<string, string[]>,
): UnplacedError[] {
  const aliases = fields.map((field) => field.alias)
  const { placed, unplaced } = mapServerErrors(fieldErrors, {
    customAliases: new Set(aliases),
    companyCount: form.getValues('companies').length,
  })
  for (const { path, message } of placed) form.setError(path, { type: 'server', message })
  const first = [...placed].sort((a, b) => formOrder(a.path, aliases) - formOrder(b.path, aliases))[0]
  if (first) form.setFocus(first.path, { shouldSelect: false })
  return unplaced
}
