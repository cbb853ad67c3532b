/**
 * The form's validation, built at run time so custom fields get rules from their kinds: one schema, one
 * validation path. Messages are i18n keys of the `form` namespace (`validation.*`), translated where shown,
 * so switching the language also switches messages already on screen.
 */
import { z } from 'zod'
import type { Client, Country, User } from '../../../api/schemas/common'
import { contactStringFields, type ContactStringField } from '../../../api/schemas/contact'
import type { CustomFieldInfo, CustomFieldKind } from '../shared/custom-field-kinds'
import type { ContactFormValues, CustomFormValue } from './contact-form-values'
import { isRealDate, parseDecimal, parseInteger } from './custom-value-parsers'

export const MAX_TEXT_LENGTH = 255

export const validationMessages = {
  email: 'validation.email',
  date: 'validation.date',
  tooLong: 'validation.tooLong',
  nameRequired: 'validation.nameRequired',
  integer: 'validation.integer',
  number: 'validation.number',
} as const

const emailFormat = z.email()

const text = z.string().refine((value) => value.trim().length <= MAX_TEXT_LENGTH, validationMessages.tooLong)
const optionalEmail = text.refine(
  (value) => value.trim() === '' || emailFormat.safeParse(value.trim()).success,
  validationMessages.email,
)
const optionalDate = z
  .string()
  .refine((value) => value.trim() === '' || isRealDate(value.trim()), validationMessages.date)

const specialScalars: Partial<Record<ContactStringField, z.ZodType<string, string>>> = {
  email: optionalEmail,
  email_private: optionalEmail,
  birthday: optionalDate,
}

/**
 * A value as the server sent it passes: only what the user changes is validated, so an odd stored value
 * (2.5 in a whole-number field) never blocks saving other fields. It is not sent, as it did not change.
 */
function unlessStored(
  schema: z.ZodType<CustomFormValue, CustomFormValue>,
  before: CustomFormValue | undefined,
): z.ZodType<CustomFormValue, CustomFormValue> {
  return z.custom<CustomFormValue>().superRefine((value, context) => {
    if (before !== undefined && JSON.stringify(value) === JSON.stringify(before)) return
    const result = schema.safeParse(value)
    if (result.success) return
    for (const issue of result.error.issues)
      context.addIssue({ code: 'custom', message: issue.message, path: issue.path })
  })
}

function customSchema(kind: CustomFieldKind): z.ZodType<CustomFormValue, CustomFormValue> {
  switch (kind) {
    case 'boolean':
      return z.boolean().nullable()
    case 'list':
      return z.array(
        z.string().refine((item) => item.trim().length <= MAX_TEXT_LENGTH, validationMessages.tooLong),
      )
    case 'integer':
      return z
        .string()
        .refine((value) => value.trim() === '' || parseInteger(value) !== null, validationMessages.integer)
    case 'number':
      return z
        .string()
        .refine((value) => value.trim() === '' || parseDecimal(value) !== null, validationMessages.number)
    case 'date':
      return optionalDate
    case 'text':
      // Long notes are legitimate in a multiline field; the API's limit for them is unknown.
      return z.string()
    case 'string':
    case 'user': // a picked user's id
    case 'unknown':
      return text
  }
}

/** Picked relations come from parsed lookup answers already; only their presence matters here. */
function picked<T extends { id: string }>() {
  return z.custom<T | null>((value) => value === null || (typeof value === 'object' && 'id' in value))
}

export function buildContactFormSchema(
  fields: readonly CustomFieldInfo[],
  /** The values as loaded from the server: these pass as they are. */
  stored: ContactFormValues | null = null,
): z.ZodType<ContactFormValues, ContactFormValues> {
  const scalars = Object.fromEntries(
    contactStringFields.map((key) => [key, specialScalars[key] ?? text]),
  ) as Record<ContactStringField, z.ZodType<string, string>>
  return z
    .object({
      ...scalars,
      address_country: picked<Country>(),
      owner: picked<User>(),
      client: picked<Client>(),
      companies: z.array(
        z.object({
          id: z.string(),
          name: z.string(),
          position: text,
        }),
      ),
      custom_fields: z.object(
        Object.fromEntries(
          fields.map((field) => [
            field.alias,
            unlessStored(customSchema(field.kind), stored?.custom_fields[field.alias]),
          ]),
        ),
      ),
    })
    .superRefine((values, context) => {
      if (values.first_name.trim() === '' && values.last_name.trim() === '') {
        for (const path of ['first_name', 'last_name']) {
          context.addIssue({ code: 'custom', path: [path], message: validationMessages.nameRequired })
        }
      }
    })
}
