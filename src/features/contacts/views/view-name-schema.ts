/**
 * A view's name: trimmed, required, at most MAX_VIEW_NAME_LENGTH characters, and unique among the user's
 * views. Messages are keys of the `views` namespace, translated where shown.
 */
import { z } from 'zod'
import { MAX_VIEW_NAME_LENGTH } from './saved-views-record'

export const viewNameMessages = {
  required: 'dialog.errors.required',
  tooLong: 'dialog.errors.tooLong',
  taken: 'dialog.errors.taken',
} as const

export function viewNameSchema(isTaken: (name: string) => boolean) {
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, viewNameMessages.required)
      .max(MAX_VIEW_NAME_LENGTH, viewNameMessages.tooLong)
      .refine((name) => !isTaken(name), viewNameMessages.taken),
  })
}
