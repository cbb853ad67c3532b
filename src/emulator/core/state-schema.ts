import { z } from 'zod'
import { customFieldTypes } from '../../contract/kanbert-contract'
import { contactStringFields } from '../../api/schemas/contact'
import { companyStringFields, type EmulatorState } from './types'

/** Validates persisted state (e.g. `.emulator-data/contacts.json`) before it replaces the seed. */
const str = z.string()
const nstr = z.string().nullable()
const customValue = z.union([z.string(), z.number(), z.boolean(), z.array(z.string()), z.null()])
const nullableStrings = <K extends string>(keys: readonly K[]) =>
  z.object(Object.fromEntries(keys.map((k) => [k, nstr])) as Record<K, typeof nstr>)
const namedRef = z.object({ id: str, name: str })
const titledRef = z.object({ id: str, title: str })

const contactSchema = nullableStrings(contactStringFields).extend({
  id: str,
  address_country_id: nstr,
  owner_id: nstr,
  client_id: nstr,
  companies: z.array(z.object({ company_id: str, position: nstr })),
  custom_fields: z.record(str, customValue),
  created_at: str,
  updated_at: str,
  deleted_at: nstr,
})

const companySchema = nullableStrings(companyStringFields).extend({
  id: str,
  taxation_enabled: z.boolean(),
  invoices_by_post: z.boolean(),
  invoices_by_email: z.boolean(),
  address_invoice_is_delivery: z.boolean(),
  business_field: namedRef.nullable(),
  company_size: titledRef.nullable(),
  company_revenue: titledRef.nullable(),
  address_invoice_country_id: nstr,
  address_delivery_country_id: nstr,
  client_id: nstr,
  tags: z.array(titledRef),
  custom_fields: z.record(str, customValue),
  created_at: str,
  updated_at: str,
  deleted_at: nstr,
})

export const emulatorStateSchema = z.object({
  version: z.literal(1),
  seed: z.number(),
  me_id: str,
  sequence: z.number().int(),
  spaces: z.array(namedRef),
  users: z.array(
    z.object({
      id: str,
      first_name: str,
      last_name: str,
      email: str,
      type: z.enum(['user', 'guest', 'tax_advisor', 'integration']),
      space_id: str,
    }),
  ),
  clients: z.array(
    z.object({
      id: str,
      external_id: nstr,
      external_origin: nstr,
      name: str,
      shortcode: nstr,
      primary_contact_id: nstr,
      origin_space_id: nstr,
    }),
  ),
  companies: z.array(companySchema),
  contacts: z.array(contactSchema),
  custom_fields: z.array(
    z.object({
      id: str,
      title: str,
      alias: str,
      type: z.enum(customFieldTypes),
      entity_type: str,
      options: z.array(str).nullable(),
      created_at: str,
      deleted_at: nstr,
    }),
  ),
}) satisfies z.ZodType<EmulatorState>

/** The state, or null when the input is not a valid state of this version. */
export function parseEmulatorState(input: unknown): EmulatorState | null {
  const result = emulatorStateSchema.safeParse(input)
  return result.success ? result.data : null
}
