/**
 * Custom-field definitions (G: contract §6 — the shape is the emulator's proposal). Everything beyond
 * `alias` is optional so that a real API with another shape still yields usable titles and types.
 */
import { z } from 'zod'
import { customFieldTypes } from '../../contract/kanbert-contract'

export const customFieldDefinitionSchema = z.object({
  id: z.string(),
  alias: z.string().min(1),
  title: z.string().nullable().optional().transform((value) => value ?? null),
  /** Unknown types are kept as null: the UI then infers the input from the values. */
  type: z.enum(customFieldTypes).nullable().optional().catch(null).transform((value) => value ?? null),
  entity_type: z.string().nullable().optional().transform((value) => value ?? null),
  options: z
    .array(z.union([z.string(), z.object({ id: z.string(), title: z.string() })]))
    .nullable()
    .optional()
    .catch(null)
    .transform((value) => value ?? null),
})
export type CustomFieldDefinition = z.infer<typeof customFieldDefinitionSchema>
