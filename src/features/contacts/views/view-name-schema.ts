/**
 * A view's name: trimmed, required, at most MAX_VIEW_NAME_LENGTH characters, and unique among the user's
 * views. Messages are keys of the `views` namespace, translated where shown. zod/mini, which the first
 * page already carries, keeps the dialog's chunk small.
 */
import * as z from 'zod/mini'
import { MAX_VIEW_NAME_LENGTH } from './saved-views-record'

export const viewNameMessages = {
  required: 'dialog.errors.required',
  tooLong: 'dialog.errors.tooLong',
  taken: 'dialog.errors.taken',
} as const

export function viewNameSchema(isTaken: (name: string) => boolean) {
  return z.object({
    name: z.string().check(
      z.trim(),
      z.minLength(1, viewNameMessages.required),
      z.maxLength(MAX_VIEW_NAME_LENGTH, viewNameMessages.tooLong),
      z.refine((name) => !isTaken(name), viewNameMessages.taken),
    ),
  })
}
