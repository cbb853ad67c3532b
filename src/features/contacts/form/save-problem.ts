/** The error ladder of a save: which failure the user is told about, in the form's own words. */
import {
  HttpError,
  NetworkError,
  RateLimitError,
  SessionExpiredError,
  ValidationError,
} from '../../../lib/api-errors'
import type { UnplacedError } from './server-errors'

export type SaveProblem =
  | { kind: 'validation'; unplaced: UnplacedError[] }
  | { kind: 'rateLimited'; seconds: number }
  | { kind: 'server' | 'network' | 'gone' | 'sessionExpired' }
  | { kind: 'unexpected'; error: unknown }

/** What a failed save means; `validation` still has to be placed on the fields. */
export type SaveFailure =
  | { kind: 'invalid'; fieldErrors: ValidationError['fieldErrors'] }
  | { kind: 'forbidden' }
  | { kind: 'problem'; problem: SaveProblem }

const DEFAULT_RETRY_SECONDS = 5

export function classifySaveError(error: unknown): SaveFailure {
  const problem = (value: SaveProblem): SaveFailure => ({ kind: 'problem', problem: value })
  if (error instanceof ValidationError) return { kind: 'invalid', fieldErrors: error.fieldErrors }
  if (error instanceof RateLimitError) {
    return problem({ kind: 'rateLimited', seconds: error.retryAfterSeconds ?? DEFAULT_RETRY_SECONDS })
  }
  if (error instanceof HttpError && error.status === 403) return { kind: 'forbidden' }
  if (error instanceof HttpError && error.status === 404) return problem({ kind: 'gone' })
  if (error instanceof HttpError && error.status >= 500) return problem({ kind: 'server' })
  if (error instanceof NetworkError) return problem({ kind: 'network' })
  if (error instanceof SessionExpiredError) return problem({ kind: 'sessionExpired' })
  return problem({ kind: 'unexpected', error })
}
