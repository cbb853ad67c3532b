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
})

test('formats numbers with the language’s separators', async () => {
  expect(formatNumber(1234567.5)).toBe('1,234,567.5')
  await i18n.changeLanguage('de')
  expect(formatNumber(1234567.5)).toBe('1.234.567,5')
})
