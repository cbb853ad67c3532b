/** Which of the typed values the duplicate check looks up; on edit only what the user changed. */
import { EMAIL_FIELDS, PHONE_FIELDS, type DuplicateProbe } from '../api/duplicate-filter'

export const PROBE_FIELDS = ['first_name', 'last_name', ...EMAIL_FIELDS, ...PHONE_FIELDS] as const
export type ProbeValues = Record<(typeof PROBE_FIELDS)[number], string>

/** Nothing typed yet. */
export const blankProbeValues = (): ProbeValues =>
  Object.fromEntries(PROBE_FIELDS.map((field) => [field, ''])) as ProbeValues

/** Fewer digits than this is not yet a phone number worth asking about. */
const MIN_PHONE_DIGITS = 6

const looksLikeEmail = (value: string) => /^[^@\s]+@[^@\s]+\.[^@\s]+$/u.test(value)
const digitCount = (value: string) => value.replace(/\D/gu, '').length

export function duplicateProbe(values: ProbeValues, base: ProbeValues | null): DuplicateProbe {
  const changed = (key: keyof ProbeValues) => base?.[key].trim() !== values[key].trim()
  const typed = (keys: readonly (keyof ProbeValues)[], accept: (value: string) => boolean) => [
    ...new Set(
      keys
        .filter(changed)
        .map((key) => values[key].trim())
        .filter(accept),
    ),
  ]
  const first = values.first_name.trim()
  const last = values.last_name.trim()
  const nameChanged = changed('first_name') || changed('last_name')
  return {
    emails: typed(EMAIL_FIELDS, looksLikeEmail).sort(),
    phones: typed(PHONE_FIELDS, (value) => digitCount(value) >= MIN_PHONE_DIGITS).sort(),
    name: nameChanged && first !== '' && last !== '' ? { first, last } : null,
  }
}
