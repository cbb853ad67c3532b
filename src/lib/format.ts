/**
 * Intl formatters bound to the current UI language, so dates and numbers switch with the texts.
 * Date-only values (`YYYY-MM-DD`, e.g. birthdays) are calendar dates, not instants: they are formatted in
 * UTC so a user west of Greenwich does not see the day before.
 */
import { currentLanguage } from './i18n'

type DateInput = string | number | Date

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** `new Date('2024-03-05')` is already midnight UTC (date-only ISO strings are read as UTC). */
function toDate(value: DateInput): Date {
  return value instanceof Date ? value : new Date(value)
}

function locale(): string {
  return currentLanguage() === 'de' ? 'de-DE' : 'en-GB'
}

/*
 * Creating an Intl formatter costs far more than using one, and a 100-row list formats hundreds of
 * cells, so formatters are cached per locale and options.
 */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>()
const numberFormats = new Map<string, Intl.NumberFormat>()
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>()

function cached<F>(cache: Map<string, F>, options: object | undefined, create: (locale: string) => F): F {
  const key = `${locale()}|${JSON.stringify(options ?? {})}`
  let formatter = cache.get(key)
  if (formatter === undefined) {
    formatter = create(locale())
    cache.set(key, formatter)
  }
  return formatter
}

export function formatDate(
  value: DateInput,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  const date = toDate(value)
  if (Number.isNaN(date.getTime())) return ''
  const timeZone = typeof value === 'string' && DATE_ONLY.test(value) ? 'UTC' : options.timeZone
  const effective = { ...options, ...(timeZone ? { timeZone } : {}) }
  return cached(dateTimeFormats, effective, (tag) => new Intl.DateTimeFormat(tag, effective)).format(date)
}

export function formatDateTime(
  value: DateInput,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium', timeStyle: 'short' },
): string {
  const date = toDate(value)
  if (Number.isNaN(date.getTime())) return ''
  return cached(dateTimeFormats, options, (tag) => new Intl.DateTimeFormat(tag, options)).format(date)
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
]

/** "3 days ago" / "vor 3 Tagen"; picks the largest unit that fits. */
export function formatRelativeTime(value: DateInput, now: DateInput = new Date()): string {
  const date = toDate(value)
  if (Number.isNaN(date.getTime())) return ''
  const seconds = Math.round((date.getTime() - toDate(now).getTime()) / 1000)
  const [unit, size] = units.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1]
  const formatter = cached(
    relativeFormats,
    undefined,
    (tag) => new Intl.RelativeTimeFormat(tag, { numeric: 'auto' }),
  )
  return formatter.format(Math.round(seconds / size), unit)
}

export function formatNumber(value: number, options?: Intl.NumberFormatOptions): string {
  return cached(numberFormats, options, (tag) => new Intl.NumberFormat(tag, options)).format(value)
}
