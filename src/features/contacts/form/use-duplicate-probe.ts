import { useMemo } from 'react'
import { useWatch } from 'react-hook-form'
import type { ContactFormValues } from './contact-form-values'
import { blankProbeValues, duplicateProbe, PROBE_FIELDS, type ProbeValues } from './duplicate-probe'
import { useDebouncedValue } from '../../../lib/use-debounced-value'

/** Waits for a pause in typing, so a lookup is not sent per keystroke. */
export const DUPLICATE_DEBOUNCE_MS = 400

// The watched values travel through the debounce as one string, so an unchanged text keeps its identity.
const SEPARATOR = '\u0000'

function probeValues(joined: string): ProbeValues {
  const parts = joined.split(SEPARATOR)
  const values = blankProbeValues()
  PROBE_FIELDS.forEach((key, index) => (values[key] = parts[index] ?? ''))
  return values
}

/** The probe of the values being typed, once typing pauses; the same object while it stays the same. */
export function useDuplicateProbe(base: ContactFormValues | null) {
  const watched = useWatch<ContactFormValues, typeof PROBE_FIELDS>({ name: PROBE_FIELDS })
  const settled = useDebouncedValue(watched.join(SEPARATOR), DUPLICATE_DEBOUNCE_MS)
  const baseKey = base ? PROBE_FIELDS.map((key) => base[key]).join(SEPARATOR) : null
  return useMemo(
    () => duplicateProbe(probeValues(settled), baseKey === null ? null : probeValues(baseKey)),
    [settled, baseKey],
  )
}
