/** ContactData (contract §5.3) — the read model — and the write body (§5.4), which is a separate shape. */
import * as z from 'zod/mini'
import { clientSchema, countrySchema, idSchema, nullableString, userSchema } from './common'
import { companySchema, customFieldsSchema, type CustomFieldValue } from './company'

/** ContactData's plain string columns, in the documented key order (birthday sits between locale and fax). */
const contactStringShape = {
  external_id: nullableString,
  external_origin: nullableString,
  gender: nullableString,
  first_name: nullableString,
  last_name: nullableString,
  title: nullableString,
  title_suffix: nullableString,
  position: nullableString,
  locale: nullableString,
  birthday: nullableString,
  fax: nullableString,
  telephone: nullableString,
  telephone_private: nullableString,
  mobile: nullableString,
  mobile_private: nullableString,
  email: nullableString,
  email_private: nullableString,
  address_street: nullableString,
  address_house: nullableString,
  address_street2: nullableString,
  address_zip: nullableString,
  address_state: nullableString,
  address_town: nullableString,
}

export const contactSchema = z.object({
  id: idSchema,
  ...contactStringShape,
  address_country: z.nullable(countrySchema),
  owner: z.nullable(userSchema),
  client: z.nullable(clientSchema),
  /** Present only with `include=companies` (I). */
  companies: z.optional(z.array(companySchema)),
  custom_fields: customFieldsSchema,
  created_at: z.string(),
  updated_at: z.string(),
  deleted_at: nullableString,
})
export type Contact = z.infer<typeof contactSchema>

export type ContactStringField = keyof typeof contactStringShape
/** The string columns, which a contact write also accepts as-is (I: §5.4). */
export const contactStringFields = Object.keys(contactStringShape) as readonly ContactStringField[]

/** Write body (I: §5.4): relations by id, companies with their position, partial custom fields. */
export type ContactWrite = Partial<Record<ContactStringField, string | null>> & {
  address_country_id?: string | null
  owner_id?: string | null
  client_id?: string | null
  companies?: { id: string; position: string | null }[]
  custom_fields?: Record<string, CustomFieldValue>
}
