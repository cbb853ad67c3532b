/**
 * The Kanbert REST API v1 contract as this project understands it (see ../shared/kanbert-api.md).
 *
 * Every choice that is INFERRED or a GAP in the contract lives here, in one place, so it can be changed
 * when the real API answers differently. The typed client and the emulator both read this module, so
 * they cannot drift apart. Tags: C = CONFIRMED, I = INFERRED, G = GAP (our pick).
 */

/** C: production base, no trailing slash. The browser always talks to a same-origin proxy path instead. */
export const KANBERT_PRODUCTION_BASE_URL = 'https://api.kanbert.com/api/v1'

/** Paths relative to the API base URL. */
export const paths = {
  contacts: '/contacts', // C
  contact: (id: string) => `/contacts/${encodeURIComponent(id)}`, // I (Laravel resource naming)
  contactRestore: (id: string) => `/contacts/${encodeURIComponent(id)}/restore`, // I
  whoami: '/whoami', // C
  users: '/users', // I (op id users.index)
  clients: '/clients', // C
  companies: '/companies', // I (op id companies.index)
  countries: '/countries', // G (no endpoint documented; emulator offers it)
  customFields: '/custom-fields', // I (old spec path)
} as const

/**
 * G: CORS. Laravel's default `config/cors.php` grants any origin on `api/*`; the emulator answers that
 * way, so the deployment's proxy must hide such headers (docs/deploy.md, "Cross-site request forgery").
 */
export const UPSTREAM_CORS_HEADERS = { 'Access-Control-Allow-Origin': '*' } as const

/** I: update is PUT (emulator also accepts PATCH); both are partial. */
export const UPDATE_METHOD = 'PUT'
/** I: restore is POST …/restore (emulator also accepts PUT/PATCH). */
export const RESTORE_METHOD = 'POST'

/** C: default page size. G: maximum (emulator caps at this). */
export const DEFAULT_PAGE_SIZE = 30
export const MAX_PAGE_SIZE = 100
export const PAGE_SIZES = [10, 30, 50, 100] as const

/** G: the entity_type value of contact custom fields. */
export const CONTACT_CUSTOM_FIELD_ENTITY_TYPE = 'contact'

/** C: query parameter names (brackets are URL-encoded on the wire by URLSearchParams). */
export const queryParams = {
  sort: 'sort',
  include: 'include',
  filter: 'filter',
  pageSize: 'page[size]',
  pageCursor: 'page[cursor]',
} as const

// ---------------------------------------------------------------------------------------------
// Filtering (C: §4)

export const filterFieldTypes = ['string', 'date', 'datetime', 'id', 'enum', 'boolean', 'archived', 'custom'] as const
export type FilterFieldType = (typeof filterFieldTypes)[number]

/** C: operators allowed per field type (aliases included, as the API accepts them). */
export const operatorsByType = {
  string: ['in', 'nin', 'notin', 'eq', 'ne', 'neq', 'contains', 'like', 'startswith', 'endswith', 'isnull', 'isnotnull', 'notnull'],
  date: ['eq', 'ne', 'neq', 'lt', 'lte', 'le', 'gt', 'gte', 'ge', 'in', 'nin', 'notin', 'isnull', 'isnotnull', 'notnull'],
  datetime: ['eq', 'ne', 'neq', 'lt', 'lte', 'le', 'gt', 'gte', 'ge', 'in', 'nin', 'notin', 'isnull', 'isnotnull', 'notnull'],
  id: ['eq', 'ne', 'neq', 'in', 'nin', 'notin', 'isnull', 'isnotnull', 'notnull'],
  enum: ['eq', 'ne', 'neq', 'in', 'nin', 'notin', 'isnull', 'isnotnull', 'notnull'],
  boolean: ['eq', 'ne', 'neq', 'isnull', 'isnotnull', 'notnull'],
  archived: ['eq'],
  custom: ['eq', 'ne', 'neq', 'lt', 'lte', 'le', 'gt', 'gte', 'ge', 'in', 'nin', 'notin', 'contains', 'like', 'startswith', 'endswith', 'isnull', 'isnotnull', 'notnull'],
} as const satisfies Record<FilterFieldType, readonly string[]>

export type FilterOperator = (typeof operatorsByType)[FilterFieldType][number]

/** The canonical operator names the UI offers (aliases such as `neq`, `le` are accepted but not offered). */
export const canonicalOperators = ['eq', 'ne', 'lt', 'lte', 'gt', 'gte', 'contains', 'startswith', 'endswith', 'in', 'nin', 'isnull', 'isnotnull'] as const
export type CanonicalOperator = (typeof canonicalOperators)[number]

/** C: operators that take no value. */
export const valuelessOperators: readonly string[] = ['isnull', 'isnotnull', 'notnull']

/** C: `archived` pseudo-field values; I: default `without`. */
export const archivedValues = ['without', 'only', 'with'] as const
export type ArchivedValue = (typeof archivedValues)[number]
export const DEFAULT_ARCHIVED: ArchivedValue = 'without'

/** C: special values usable in filters. */
export const specialFilterValues = ['me.id', 'now', 'sow', 'eow', 'som', 'eom', 'today'] as const

export interface FilterFieldSpec {
  type: FilterFieldType
  status: 'confirmed' | 'inferred'
  /** For `id` fields: which lookup provides the values. */
  lookup?: 'users' | 'clients' | 'countries'
}

/** Filterable fields of GET /contacts (§5.2). `custom_fields.<alias>` is matched by prefix. */
export const contactFilterFields = {
  archived: { type: 'archived', status: 'confirmed' },
  first_name: { type: 'string', status: 'confirmed' },
  last_name: { type: 'string', status: 'confirmed' },
  birthday: { type: 'date', status: 'confirmed' },
  email: { type: 'string', status: 'confirmed' },
  email_private: { type: 'string', status: 'confirmed' },
  mobile: { type: 'string', status: 'confirmed' },
  mobile_private: { type: 'string', status: 'confirmed' },
  telephone: { type: 'string', status: 'confirmed' },
  telephone_private: { type: 'string', status: 'confirmed' },
  fax: { type: 'string', status: 'confirmed' },
  address_street: { type: 'string', status: 'inferred' },
  address_house: { type: 'string', status: 'inferred' },
  address_street2: { type: 'string', status: 'inferred' },
  address_zip: { type: 'string', status: 'inferred' },
  address_state: { type: 'string', status: 'inferred' },
  address_town: { type: 'string', status: 'inferred' },
  'address_country.id': { type: 'id', status: 'inferred', lookup: 'countries' },
  'owner.id': { type: 'id', status: 'inferred', lookup: 'users' },
  'client.id': { type: 'id', status: 'inferred', lookup: 'clients' },
  created_at: { type: 'datetime', status: 'inferred' },
  updated_at: { type: 'datetime', status: 'inferred' },
} as const satisfies Record<string, FilterFieldSpec>

export type ContactFilterField = keyof typeof contactFilterFields | `custom_fields.${string}`

export const CUSTOM_FIELD_PREFIX = 'custom_fields.'

/** C: sort keys of GET /contacts; `custom_fields.<alias>` is also sortable. */
export const contactSortFields = ['first_name', 'last_name', 'created_at'] as const
export type ContactSortField = (typeof contactSortFields)[number] | `custom_fields.${string}`

/** G: default order when no sort is given: created_at asc, then id. */
export const DEFAULT_CONTACT_SORT = 'created_at'

/** C: include values of GET /contacts. */
export const CONTACT_INCLUDE_COMPANIES = 'companies'

/** Lookup endpoints (§8): sortable and filterable fields. */
export const userFilterFields = {
  first_name: { type: 'string', status: 'confirmed' },
  last_name: { type: 'string', status: 'confirmed' },
  email: { type: 'string', status: 'confirmed' },
  type: { type: 'enum', status: 'confirmed' },
} as const satisfies Record<string, FilterFieldSpec>
export const userSortFields = ['first_name', 'last_name', 'email'] as const

export const clientFilterFields = {
  name: { type: 'string', status: 'confirmed' },
  shortcode: { type: 'string', status: 'confirmed' },
  'primary_contact.id': { type: 'id', status: 'confirmed' },
  'origin_space.id': { type: 'id', status: 'confirmed' },
} as const satisfies Record<string, FilterFieldSpec>
export const clientSortFields = ['name', 'shortcode'] as const

export const companyFilterFields = {
  archived: { type: 'archived', status: 'confirmed' },
  company_name: { type: 'string', status: 'confirmed' },
  tax_uid: { type: 'string', status: 'confirmed' },
  email: { type: 'string', status: 'confirmed' },
  phone: { type: 'string', status: 'confirmed' },
  'business_field.id': { type: 'id', status: 'confirmed' },
  'business_field.name': { type: 'string', status: 'confirmed' },
  invoices_by_post: { type: 'boolean', status: 'confirmed' },
  invoices_by_email: { type: 'boolean', status: 'confirmed' },
} as const satisfies Record<string, FilterFieldSpec>
export const companySortFields = ['company_name', 'updated_at', 'created_at'] as const

/** G: countries endpoint (ours): sort name, filters name/code. */
export const countryFilterFields = {
  name: { type: 'string', status: 'inferred' },
  code: { type: 'string', status: 'inferred' },
} as const satisfies Record<string, FilterFieldSpec>
export const countrySortFields = ['name'] as const

/** I (old spec): custom-field definitions; filters archived/title/type/entity_type; sorts name/slug/created_at. */
export const customFieldFilterFields = {
  archived: { type: 'archived', status: 'inferred' },
  title: { type: 'string', status: 'inferred' },
  type: { type: 'enum', status: 'inferred' },
  entity_type: { type: 'string', status: 'inferred' },
} as const satisfies Record<string, FilterFieldSpec>
export const customFieldSortFields = ['name', 'slug', 'created_at'] as const

/**
 * G: custom field types (emulator proposal) and how values are encoded in `custom_fields`.
 * C: a value is string | boolean | integer | null, so a `number` field holds whole numbers only; the
 * emulator refuses 2.5, the form and the list filter ask for whole numbers. A stored odd value (older
 * data) is shown as it is and never blocks saving other fields.
 */
export const customFieldTypes = ['text', 'textarea', 'number', 'boolean', 'date', 'select', 'multiselect', 'user'] as const
export type CustomFieldType = (typeof customFieldTypes)[number]

/** I: 422 error keys are request field names, dotted for nested (custom_fields.x, companies.0.position). */
export const VALIDATION_STATUS = 422

/** G: session expiry through the SSO proxy (401 or a redirect to an HTML login page). */
export const UNAUTHENTICATED_STATUS = 401
