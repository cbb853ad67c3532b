/**
 * zod schemas of the small shared Kanbert shapes (contract §3, §10). Objects are non-strict: unknown
 * extra keys pass through parsing and are dropped, so a richer real API does not break us.
 * zod/mini keeps classic zod's JSON-schema and locale code off the first page; the lazy form's classic
 * schemas accept these as members, since both share zod's core.
 */
import * as z from 'zod/mini'

export const idSchema = z.string().check(z.minLength(1))

/** Nullable and tolerant of a missing key: the contract says "required", but we don't crash if absent. */
export function orNull<T extends z.core.$ZodType>(schema: T) {
  return z._default(z.nullable(schema), null)
}

export const nullableString = orNull(z.string())

export const spaceSchema = z.object({ id: idSchema, name: z.string() })
export type Space = z.infer<typeof spaceSchema>

export const userTypes = ['user', 'guest', 'tax_advisor', 'integration'] as const
/** Unknown future user types are kept as plain strings rather than failing the whole page. */
export const userTypeSchema = z.union([z.enum(userTypes), z.string()])

export const userSchema = z.object({
  id: idSchema,
  first_name: z.string(),
  last_name: z.string(),
  email: z.string(),
  type: userTypeSchema,
  space: spaceSchema,
})
export type User = z.infer<typeof userSchema>

export const countrySchema = z.object({ id: idSchema, name: z.string(), code: z.string() })
export type Country = z.infer<typeof countrySchema>

export const clientSchema = z.object({
  id: idSchema,
  external_id: nullableString,
  external_origin: nullableString,
  name: z.string(),
  shortcode: nullableString,
  primary_contact: orNull(userSchema),
  origin_space: orNull(spaceSchema),
})
export type Client = z.infer<typeof clientSchema>

/** `links` is documented as an array; laravel paginators elsewhere emit an object. Accept both, ignore. */
const linksSchema = z.optional(z.union([z.array(z.unknown()), z.record(z.string(), z.unknown()), z.null()]))

export const cursorMetaSchema = z.object({
  path: nullableString,
  per_page: z.coerce.number().check(z.int()),
  next_cursor: z.nullable(z.string()),
  next_cursor_url: nullableString,
  prev_cursor: z.nullable(z.string()),
  prev_cursor_url: nullableString,
})
export type CursorMeta = z.infer<typeof cursorMetaSchema>

export function cursorPageSchema<T extends z.core.$ZodType>(item: T) {
  return z.object({ data: z.array(item), links: linksSchema, meta: cursorMetaSchema })
}

const unwrapData = z.transform((value: unknown) => {
  if (typeof value === 'object' && value !== null && !('id' in value) && 'data' in value) {
    const inner: unknown = value.data
    if (typeof inner === 'object' && inner !== null) return inner
  }
  return value
})

/** Single objects may come bare (as the contract infers) or wrapped in `{data: …}`; accept both. */
export function singleObjectSchema<T extends z.core.$ZodType>(item: T) {
  return z.pipe(unwrapData, item)
}

/** Laravel's 422 body. */
export const validationBodySchema = z.object({
  message: z.optional(z.string()),
  errors: z.record(z.string(), z.array(z.string())),
})
