import { z } from 'zod'
import { ApiError } from '../responses'
import { decodeBase64Url, encodeBase64Url } from './base64url'
import type { SortPosition } from './sort'

/** Opaque to clients: base64url JSON of the keyset position, the sort it belongs to and the direction. */
const fieldValue = z.union([z.string(), z.number(), z.boolean(), z.null(), z.array(z.string())])
const cursorSchema = z.object({
  sort: z.string(),
  values: z.array(fieldValue),
  id: z.string(),
  _pointsToNextItems: z.boolean(),
})

export interface Cursor {
  sort: string
  position: SortPosition
  forward: boolean
}

export function encodeCursor(cursor: Cursor): string {
  return encodeBase64Url(
    JSON.stringify({
      sort: cursor.sort,
      values: cursor.position.values,
      id: cursor.position.id,
      _pointsToNextItems: cursor.forward,
    }),
  )
}

export function decodeCursor(raw: string, expectedSort: string): Cursor {
  const text = decodeBase64Url(raw)
  let parsed: unknown = null
  try {
    parsed = text === null ? null : JSON.parse(text)
  } catch {
    parsed = null
  }
  const result = cursorSchema.safeParse(parsed)
  if (!result.success) throw new ApiError(400, 'Invalid cursor.')
  const { sort, values, id, _pointsToNextItems: forward } = result.data
  // §14.2: a cursor only makes sense for the ordering it was cut from.
  if (sort !== expectedSort) {
    throw new ApiError(400, `Invalid cursor: it was created for sort '${sort}', not '${expectedSort}'.`)
  }
  return { sort, position: { values, id }, forward }
}
