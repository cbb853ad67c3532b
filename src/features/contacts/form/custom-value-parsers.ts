/**
 * How typed text becomes a custom-field value. Shared by the zod schema (is it valid?) and the
 * normaliser (what is sent), so the two can never disagree.
 */

const INTEGER = /^[-+]?\d+$/
/** "1.5", "1,5" (German decimal comma), "-3", ".5"; no thousands separators (ambiguous between languages). */
const DECIMAL = /^[-+]?(\d+([.,]\d+)?|[.,]\d+)$/

export function parseInteger(text: string): number | null {
  const trimmed = text.trim()
  if (!INTEGER.test(trimmed)) return null
  const value = Number(trimmed)
  return Number.isSafeInteger(value) ? value : null
}

export function parseDecimal(text: string): number | null {
  const trimmed = text.trim()
  if (!DECIMAL.test(trimmed)) return null
  const value = Number(trimmed.replace(',', '.'))
  return Number.isFinite(value) ? value : null
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/

/** True for a real calendar date in `YYYY-MM-DD` (2024-02-30 is not). */
export function isRealDate(text: string): boolean {
  const match = DATE_ONLY.exec(text)
  if (!match) return false
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}
