import type { EmulatorResponse } from './types'

const JSON_HEADERS = { 'Content-Type': 'application/json' }

export function jsonResponse(
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): EmulatorResponse {
  return { status, headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) }
}

export function noContent(): EmulatorResponse {
  return { status: 204, headers: {}, body: null }
}

export function messageResponse(
  status: number,
  message: string,
  headers: Record<string, string> = {},
): EmulatorResponse {
  return jsonResponse(status, { message }, headers)
}

/** Thrown anywhere inside a request to answer with a Laravel-style `{message}` body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message)
  }
}

export class FilterError extends ApiError {
  constructor(detail: string) {
    super(400, `Invalid filter: ${detail}`)
  }
}

export type ValidationErrors = Record<string, string[]>

/** Laravel's 422 body: first message, plus "(and N more error(s))" counting every other message. */
export function validationResponse(errors: ValidationErrors): EmulatorResponse {
  const messages = Object.values(errors).flat()
  const first = messages[0] ?? 'The given data was invalid.'
  const more = messages.length - 1
  const message = more > 0 ? `${first} (and ${String(more)} more ${more === 1 ? 'error' : 'errors'})` : first
  return jsonResponse(422, { message, errors })
}

export const notFound = (what = 'Not Found'): ApiError => new ApiError(404, what)
