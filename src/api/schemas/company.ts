/** CompanyData (contract §8.3) as embedded in a contact with `include=companies`. */
import { z } from 'zod'
import { clientSchema, countrySchema, idSchema, nullableString } from './common'

const namedRef = z.object({ id: idSchema, name: z.string() })
const titledRef = z.object({ id: idSchema, title: z.string() })
const nullableRef = <T extends z.ZodType>(schema: T) =>
  schema.nullable().optional().transform((value) => value ?? null)
const flag = z.boolean().nullable().optional().transform((value) => value ?? false)

export const customFieldValueSchema = z.union([
  z.string(),
  z.number(),
  z.boolean(),
  z.array(z.string()),
  z.null(),
])
export type CustomFieldValue = z.infer<typeof customFieldValueSchema>

/** Values of an unexpected type are kept as null instead of failing the page. */
export const customFieldsSchema = z
  .record(z.string(), customFieldValueSchema.catch(null))
  .nullable()
  .optional()
  .transform((value) => value ?? {})

export const contactCompanyPivotSchema = z.object({ position: z.string().nullable().optional() })

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
  business_field: nullableRef(namedRef),
  company_size: nullableRef(titledRef),
  company_revenue: nullableRef(titledRef),
  person_attention_to: nullableString,
  address_invoice_title: nullableString,
  address_invoice_street: nullableString,
  address_invoice_house: nullableString,
  address_invoice_street2: nullableString,
  address_invoice_zip: nullableString,
  address_invoice_state: nullableString,
  address_invoice_town: nullableString,
  address_invoice_country: nullableRef(countrySchema),
  address_invoice_is_delivery: flag,
  delivery_person_attention_to: nullableString,
  address_delivery_title: nullableString,
  address_delivery_street: nullableString,
  address_delivery_house: nullableString,
  address_delivery_street2: nullableString,
  address_delivery_zip: nullableString,
  address_delivery_state: nullableString,
  address_delivery_town: nullableString,
  address_delivery_country: nullableRef(countrySchema),
  client: nullableRef(clientSchema),
  tags: z.array(titledRef).nullable().optional().transform((value) => value ?? []),
  custom_fields: customFieldsSchema,
  created_at: z.string().nullable().optional().transform((value) => value ?? null),
  updated_at: z.string().nullable().optional().transform((value) => value ?? null),
  deleted_at: z.string().nullable().optional().transform((value) => value ?? null),
  /** The contact's link to this company (G/I: §14.1); `position` may be empty. */
  contact_company: contactCompanyPivotSchema.nullable().optional().transform((value) => value ?? null),
})
export type Company = z.infer<typeof companySchema>
