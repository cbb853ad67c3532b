import { DAY_MS, parseDate, startOfDay, toIso } from '../time'
import { isSpecial, type FilterScalar } from './filter-ast'

/** A time span [start, end) in ms. A date is its whole day; a date-time is a 1 ms span. */
export interface Interval {
  start: number
  end: number
}

const DATETIME_RE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/
const RELATIVE_RE = /^today([+-])(\d+)d$/
const SPECIAL_NAMES = new Set(['now', 'sow', 'eow', 'som', 'eom', 'today'])

export const isSpecialName = (value: string): boolean =>
  SPECIAL_NAMES.has(value) || RELATIVE_RE.test(value) || value === 'me.id'

const day = (start: number): Interval => ({ start, end: start + DAY_MS })

/** Resolves `now`, `today±Nd`, `sow`/`eow` (Monday–Sunday), `som`/`eom`; the period ones are whole days. */
function specialInterval(name: string, now: number): Interval | null {
  const today = startOfDay(now)
  const weekday = (new Date(today).getUTCDay() + 6) % 7
  const date = new Date(today)
  const relative = RELATIVE_RE.exec(name)
  if (relative) return day(today + (relative[1] === '-' ? -1 : 1) * Number(relative[2]) * DAY_MS)
  switch (name) {
    case 'now':
      return { start: now, end: now + 1 }
    case 'today':
      return day(today)
    case 'sow':
      return day(today - weekday * DAY_MS)
    case 'eow':
      return day(today + (6 - weekday) * DAY_MS)
    case 'som':
      return day(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1))
    case 'eom':
      return day(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 1) - DAY_MS)
    default:
      return null
  }
}

/** A stored date (`YYYY-MM-DD`) or date-time as an interval; null when it is neither. */
export function storedInterval(value: string): Interval | null {
  const dateStart = parseDate(value)
  if (dateStart !== null) return day(dateStart)
  if (!DATETIME_RE.test(value)) return null
  const ms = Date.parse(value)
  return Number.isNaN(ms) ? null : { start: ms, end: ms + 1 }
}

/** A filter value on a date field as an interval; strings that spell a special value count as that value. */
export function filterInterval(value: FilterScalar, now: number): Interval | null {
  if (isSpecial(value)) return specialInterval(value.special, now)
  if (typeof value !== 'string') return null
  return specialInterval(value.toLowerCase(), now) ?? storedInterval(value)
}

/** Special values used on a text or id field become text (`me.id` → the user id, `today` → the date). */
export function specialAsText(value: FilterScalar, meId: string, now: number): string | null {
  if (value === null) return null
  if (!isSpecial(value)) return String(value)
  if (value.special === 'me.id') return meId
  const interval = specialInterval(value.special, now)
  if (!interval) return value.special
  return value.special === 'now' ? toIso(interval.start) : toIso(interval.start).slice(0, 10)
}
