import { formatDate, formatDateTime, formatNumber, formatRelativeTime } from './format'
import { i18n } from './i18n'

const now = new Date('2026-11-27T12:00:00Z')

test('formats dates in English by default', () => {
  expect(formatDate('2024-03-05')).toBe('5 Mar 2024')
})

test('formats dates in German after switching the language', async () => {
  await i18n.changeLanguage('de')
  expect(formatDate('2024-03-05')).toBe('05.03.2024')
})

test('keeps a date-only value on its calendar day in every time zone', () => {
  expect(formatDate('2024-01-01', { year: 'numeric', month: '2-digit', day: '2-digit' })).toBe('01/01/2024')
})

test('formats date-times with a time', async () => {
  expect(
    formatDateTime('2024-03-05T14:30:00Z', { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' }),
  ).toBe('05/03/2024, 14:30')
  await i18n.changeLanguage('de')
  expect(
    formatDateTime('2024-03-05T14:30:00Z', { dateStyle: 'short', timeStyle: 'short', timeZone: 'UTC' }),
  ).toBe('05.03.24, 14:30')
})

test('formats relative times in both languages', async () => {
  expect(formatRelativeTime('2026-11-24T12:00:00Z', now)).toBe('3 days ago')
  expect(formatRelativeTime('2026-11-27T11:58:00Z', now)).toBe('2 minutes ago')
  expect(formatRelativeTime('2026-11-28T12:00:00Z', now)).toBe('tomorrow')
  await i18n.changeLanguage('de')
  expect(formatRelativeTime('2026-11-24T12:00:00Z', now)).toBe('vor 3 Tagen')
  expect(formatRelativeTime('2025-11-20T12:00:00Z', now)).toBe('letztes Jahr')
})

test('returns an empty string for values that are not dates', () => {
  expect(formatDate('not a date')).toBe('')
  expect(formatRelativeTime('nope', now)).toBe('')
  expect(formatDateTime('nope')).toBe('')
})

test('formats numbers with the language’s separators', async () => {
  expect(formatNumber(1234567.5)).toBe('1,234,567.5')
  await i18n.changeLanguage('de')
  expect(formatNumber(1234567.5)).toBe('1.234.567,5')
})

test('a birthday stays on its calendar day in a zone west of Greenwich; an instant moves with the zone', () => {
  // The zone is passed explicitly: changing TZ at run time does not reach Intl in every test worker.
  const losAngeles = { dateStyle: 'medium', timeZone: 'America/Los_Angeles' } as const
  expect(formatDate('2024-01-01', losAngeles)).toBe('1 Jan 2024')
  expect(formatDate('2024-01-01T00:00:00Z', losAngeles)).toBe('31 Dec 2023')
  expect(formatDate(Date.UTC(2024, 0, 1), { dateStyle: 'long', timeZone: 'UTC' })).toBe('1 January 2024')
})

test('formats the same value differently for different options', () => {
  expect(formatDate('2024-03-05', { year: 'numeric' })).toBe('2024')
  expect(formatDate('2024-03-05', { month: 'long' })).toBe('March')
  expect(formatNumber(0.5, { style: 'percent' })).toBe('50%')
  expect(formatNumber(0.5)).toBe('0.5')
  expect(formatDateTime(new Date('2024-03-05T14:30:00Z'), { timeStyle: 'short', timeZone: 'UTC' })).toBe(
    '14:30',
  )
})

test('relative times pick the largest unit that fits, past and future', () => {
  expect(formatRelativeTime('2026-11-27T12:00:00Z', now)).toBe('now')
  expect(formatRelativeTime('2026-11-27T11:59:30Z', now)).toBe('30 seconds ago')
  expect(formatRelativeTime('2026-11-27T11:59:00Z', now)).toBe('1 minute ago')
  expect(formatRelativeTime('2026-11-27T15:00:00Z', now)).toBe('in 3 hours')
  expect(formatRelativeTime('2026-11-20T12:00:00Z', now)).toBe('last week')
  expect(formatRelativeTime('2026-09-27T12:00:00Z', now)).toBe('2 months ago')
  expect(formatRelativeTime('2028-11-27T12:00:00Z', now)).toBe('in 2 years')
  expect(formatRelativeTime(now.getTime() - 1000, now.getTime())).toBe('1 second ago')
})
