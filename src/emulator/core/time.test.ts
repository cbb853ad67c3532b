import { expect, test } from 'vitest'
import { isValidDate, toIso } from './time'

test('toIso matches Date#toISOString without milliseconds', () => {
  const samples = [
    0,
    Date.UTC(2026, 0, 15, 9, 5, 7),
    Date.UTC(2019, 11, 31, 23, 59, 59, 999),
    Date.UTC(2024, 1, 29),
    -86_399_000,
  ]
  for (const ms of samples) expect(toIso(ms)).toBe(`${new Date(ms).toISOString().slice(0, 19)}Z`)
})

test('isValidDate accepts only real calendar dates in YYYY-MM-DD', () => {
  expect(isValidDate('2024-02-29')).toBe(true)
  expect(isValidDate('2023-02-29')).toBe(false)
  expect(isValidDate('2024-13-01')).toBe(false)
  expect(isValidDate('24-01-01')).toBe(false)
  expect(isValidDate('2024-01-01T00:00:00Z')).toBe(false)
})
