/**
 * The emulator's stored model. Records are normalised (relations by id) so the state stays small and
 * serialisable; the `*Data` shapes of the contract are built from them per request (see serialize.ts).
 */
import type { CustomFieldType } from '../../contract/kanbert-contract'
import type { userTypes } from '../../api/schemas/common'
import type { CustomFieldValue } from '../../api/schemas/company'
import type { Contact, ContactStringField } from '../../api/schemas/contact'

export type { CustomFieldValue }
export type UserType = (typeof userTypes)[number]
/** A value as seen by filters and sorts. */
export type FieldValue = CustomFieldValue

export interface SpaceRecord {
  id: string
  name: string
}

export interface CountryRecord {
  id: string
  name: string
  code: string
}

export interface UserRecord {
  id: string
  first_name: string
  last_name: string
  email: string
  type: UserType
  space_id: string
}

export interface ClientRecord {
  id: string
  external_id: string | null
  external_origin: string | null
  name: string
  shortcode: string | null
  primary_contact_id: string | null
  origin_space_id: string | null
}

export interface NamedRef {
  id: string
  name: string
}
export interface TitledRef {
  id: string
  title: string
}

/** CompanyData string columns (all nullable). */
export const companyStringFields = [
  'external_id',
  'external_origin',
  'vendor_identifier',
  'company_name',
  'locale',
  'tax_uid',
  'iban',
  'bic',
  'email',
  'email_general',
  'phone',
  'fax',
  'homepage',
  'person_attention_to',
  'address_invoice_title',
  'address_invoice_street',
  'address_invoice_house',
  'address_invoice_street2',
  'address_invoice_zip',
  'address_invoice_state',
  'address_invoice_town',
  'delivery_person_attention_to',
  'address_delivery_title',
  'address_delivery_street',
  'address_delivery_house',
  'address_delivery_street2',
  'address_delivery_zip',
  'address_delivery_state',
  'address_delivery_town',
] as const
export type CompanyStringField = (typeof companyStringFields)[number]

export type CompanyRecord = Record<CompanyStringField, string | null> & {
  id: string
  taxation_enabled: boolean
  invoices_by_post: boolean
  invoices_by_email: boolean
  address_invoice_is_delivery: boolean
  business_field: NamedRef | null
  company_size: TitledRef | null
  company_revenue: TitledRef | null
  address_invoice_country_id: string | null
  address_delivery_country_id: string | null
  client_id: string | null
  tags: TitledRef[]
  custom_fields: Record<string, CustomFieldValue>
  created_at: string
  updated_at: string
  deleted_at: string | null
}

export interface CompanyLink {
  company_id: string
  position: string | null
}

/** ContactData with relations by id: its own columns come from the API schema, so they are listed once. */
export type ContactRecord = Pick<
  Contact,
  'id' | ContactStringField | 'custom_fields' | 'created_at' | 'updated_at' | 'deleted_at'
> & {
  address_country_id: string | null
  owner_id: string | null
  client_id: string | null
  companies: CompanyLink[]
}

export interface CustomFieldDefinition {
  id: string
  title: string
  alias: string
  type: CustomFieldType
  entity_type: string
  options: string[] | null
  created_at: string
  deleted_at: string | null
}

export interface EmulatorState {
  version: 1
  seed: number
  /** The signed-in user (GET /whoami, `me.id`). */
  me_id: string
  /** Counter for ids of created records; keeps new ids deterministic per state. */
  sequence: number
  spaces: SpaceRecord[]
  users: UserRecord[]
  clients: ClientRecord[]
  companies: CompanyRecord[]
  contacts: ContactRecord[]
  custom_fields: CustomFieldDefinition[]
}

/** What the core answers; `body` is serialized text (JSON, or deliberately broken text for faults). */
export interface EmulatorResponse {
  status: number
  headers: Record<string, string>
  body: string | null
}

export interface EmulatorRequest {
  method: string
  /** Path after the API base, e.g. `/contacts/abc`. */
  path: string
  query: URLSearchParams
  /** Parsed JSON body, or undefined. */
  body: unknown
}
