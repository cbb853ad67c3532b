/**
 * What a failed list request means for the user. A 400 is the API refusing our query: for a filter we
 * name the condition whose field the message mentions (the API's messages quote the field); for a cursor
 * we offer the first page.
 */
import { HttpError } from '../../../lib/api-errors'
import { shortenDetail } from '../../../lib/error-text'
import type { FilterCondition } from '../../../lib/filter'

/** `detail` is the server's message shortened for the screen (lib/error-text.ts). */
export type ListErrorInfo =
  | { kind: 'filter'; detail: string; conditionIndex: number | null }
  | { kind: 'cursor' }
  | { kind: 'other'; error: Error }

export function refusedConditionIndex(
  message: string,
  conditions: readonly FilterCondition[],
): number | null {
  const quoted = conditions.findIndex(
    (condition) => message.includes(`'${condition.field}'`) || message.includes(`"${condition.field}"`),
  )
  if (quoted !== -1) return quoted
  // Longest field first, so `email_private` is not mistaken for `email`.
  const byLength = conditions
    .map((condition, index) => ({ field: condition.field, index }))
    .sort((a, b) => b.field.length - a.field.length)
  return byLength.find((candidate) => message.includes(candidate.field))?.index ?? null
}

export function listErrorInfo(
  error: Error,
  conditions: readonly FilterCondition[],
  hasCursor: boolean,
): ListErrorInfo {
  if (!(error instanceof HttpError) || error.status !== 400) return { kind: 'other', error }
  // The whole message, not the shortened detail, is searched for the field it names.
  const message = error.serverMessage ?? error.message
  if (hasCursor && /cursor/i.test(message)) return { kind: 'cursor' }
  const conditionIndex = refusedConditionIndex(message, conditions)
  return { kind: 'filter', detail: shortenDetail(message), conditionIndex }
}
