/**
 * Custom-field definitions (G: contract §6 — the shape is the emulator's proposal). Everything beyond
 * `alias` is optional so that a real API with another shape still yields usable titles and types.
 */
import * as z from 'zod/mini'
import { customFieldTypes } from '../../contract/kanbert-contract'
import { nullableString } from './common'

/** An unreadable value becomes null instead of failing the whole list. */
function nullOnError<T extends z.core.$ZodType>(schema: T) {
  return z.pipe(
    z.catch(z.optional(z.nullable(schema)), null),
    z.transform((value: z.output<T> | null | undefined) => value ?? null),
  )
}

export const customFieldDefinitionSchema = z.object({
  id: z.string(),
  alias: z.string().check(z.minLength(1)),
  title: nullableString,
  /** Unknown types are kept as null: the UI then infers the input from the values. */
  type: nullOnError(z.enum(customFieldTypes)),
  entity_type: nullableString,
  options: nullOnError(z.array(z.union([z.string(), z.object({ id: z.string(), title: z.string() })]))),
})
export type CustomFieldDefinition = z.infer<typeof customFieldDefinitionSchema>
