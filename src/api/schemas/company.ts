/** CompanyData (contract §8.3) as embedded in a contact with `include=companies`. */
import * as z from 'zod/mini'
import { clientSchema, countrySchema, idSchema, nullableString, orNull } from './common'

const namedRef = z.object({ id: idSchema, name: z.string() })
const titledRef = z.object({ id: idSchema, title: z.string() })
const flag = z.pipe(
  z.optional(z.nullable(z.boolean())),
  z.transform((value: boolean | null | undefined) => value ?? false),
)

export const customFieldValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.null(),
])
export type CustomFieldValue = z.infer<typeof customFieldValueSchema>

/** Values of an unexpected type are kept as null instead of failing the page. */
export const customFieldsSchema = z.pipe(
  z.optional(z.nullable(z.record(z.string(), z.catch(customFieldValueSchema, null)))),
  z.transform((value: Record<string, CustomFieldValue> | null | undefined) => value ?? {}),
)

export const contactCompanyPivotSchema = z.object({ position: z.optional(z.nullable(z.string())) })

export const companySchema = z.object({
  id: idSchema,
  external_id: nullableString,
  external_origin: nullableString,
  vendor_identifier: nullableString,
  company_name: nullableString,
  locale: nullableString,
  tax_uid: nullableString,
  taxation_enabled: flag,
  iban: nullableString,
  bic: nullableString,
  email: nullableString,
  email_general: nullableString,
  phone: nullableString,
  fax: nullableString,
  homepage: nullableString,
  invoices_by_post: flag,
  invoices_by_email: flag,
  business_field: orNull(namedRef),
  company_size: orNull(titledRef),
  company_revenue: orNull(titledRef),
  person_attention_to: nullableString,
  address_invoice_title: nullableString,
  address_invoice_street: nullableString,
  address_invoice_house: nullableString,
  address_invoice_street2: nullableString,
  address_invoice_zip: nullableString,
  address_invoice_state: nullableString,
  address_invoice_town: nullableString,
  address_invoice_country: orNull(countrySchema),
  address_invoice_is_delivery: flag,
  delivery_person_attention_to: nullableString,
  address_delivery_title: nullableString,
  address_delivery_street: nullableString,
  address_delivery_house: nullableString,
  address_delivery_street2: nullableString,
  address_delivery_zip: nullableString,
  address_delivery_state: nullableString,
  address_delivery_town: nullableString,
  address_delivery_country: orNull(countrySchema),
  client: orNull(clientSchema),
  tags: z.pipe(
    z.optional(z.nullable(z.array(titledRef))),
    z.transform((value: z.infer<typeof titledRef>[] | null | undefined) => value ?? []),
  ),
  custom_fields: customFieldsSchema,
  created_at: nullableString,
  updated_at: nullableString,
  deleted_at: nullableString,
  /** The contact's link to this company (G/I: §14.1); `position` may be empty. */
  contact_company: orNull(contactCompanyPivotSchema),
})
export type Company = z.infer<typeof companySchema>
