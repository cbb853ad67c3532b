/**
 * What the user reads about a failed request: our own translated sentence, with the server's words only
 * as a short detail. Servers can answer anything (a stack trace, a whole HTML page as a message), so the
 * detail is one line and bounded; the full answer goes to the console (src/app/query-client.ts).
 */
import { HttpError, NetworkError, ResponseFormatError, SchemaError } from './api-errors'
import { useTranslation } from './i18n'

/** Characters of a server's message shown at most. */
export const DETAIL_MAX_CHARS = 160

/** One line (control characters and runs of white space become a space), at most `max` characters. */
export function shortenDetail(text: string, max = DETAIL_MAX_CHARS): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
  const line = text.replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim()
  const chars = Array.from(line) // by code point, so no emoji is cut in half
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : line
}

/** The technical detail of an error: the server's message (or its status), shortened. */
export function errorDetail(error: unknown): string {
  if (error instanceof HttpError)
    return shortenDetail(
      error.serverMessage
        ? `HTTP ${String(error.status)}: ${error.serverMessage}`
        : `HTTP ${String(error.status)}`,
    )
  return shortenDetail(error instanceof Error ? error.message : String(error))
}

// An expired session never gets here: the session dialog and the route boundary explain it.
type Summary = 'network' | 'server' | 'refused' | 'unreadable' | 'unknown'

function summaryOf(error: unknown): Summary {
  if (error instanceof NetworkError) return 'network'
  if (error instanceof HttpError) return error.status >= 500 ? 'server' : 'refused'
  if (error instanceof SchemaError || error instanceof ResponseFormatError) return 'unreadable'
  return 'unknown'
}

/** `(error) => { summary, detail }`: the sentence in the user's language and the shortened detail. */
export function useDescribeError(): (error: unknown) => { summary: string; detail: string } {
  const { t } = useTranslation('errors')
  return (error) => {
    const status = error instanceof HttpError ? error.status : 0
    return { summary: t(`summary.${summaryOf(error)}`, { status }), detail: errorDetail(error) }
  }
}
