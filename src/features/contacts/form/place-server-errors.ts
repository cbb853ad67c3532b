import type { UseFormReturn } from 'react-hook-form'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import type { ContactFormValues } from './contact-form-values'
import { mapServerErrors, type UnplacedError } from './server-errors'
import { topmostField } from './topmost-field'

/** Puts a 422's messages on their fields, focuses the one whose input comes first in the form, returns what has no field. */
export function placeServerErrors(
  form: UseFormReturn<ContactFormValues>,
  fields: readonly CustomFieldInfo[],
  fieldErrors: Record<string, string[]>,
): UnplacedError[] {
  const { placed, unplaced } = mapServerErrors(fieldErrors, {
    customAliases: new Set(fields.map((field) => field.alias)),
    companyCount: form.getValues('companies').length,
  })
  for (const { path, message } of placed) form.setError(path, { type: 'server', message })
  const first = topmostField(placed.map((error) => error.path))
  if (first) form.setFocus(first, { shouldSelect: false })
  return unplaced
}
