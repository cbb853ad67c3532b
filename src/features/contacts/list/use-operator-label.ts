import { useCallback } from 'react'
import { useTranslation } from '../../../lib/i18n'
import type { ValueInput } from './filter-fields'

const labels = {
  eq: 'operators.eq',
  ne: 'operators.ne',
  lt: 'operators.lt',
  lte: 'operators.lte',
  gt: 'operators.gt',
  gte: 'operators.gte',
  contains: 'operators.contains',
  startswith: 'operators.startswith',
  endswith: 'operators.endswith',
  in: 'operators.in',
  nin: 'operators.nin',
  isnull: 'operators.isnull',
  isnotnull: 'operators.isnotnull',
} as const

const dateLabels = {
  lt: 'operators.before',
  lte: 'operators.onOrBefore',
  gt: 'operators.after',
  gte: 'operators.onOrAfter',
} as const

/** Operators in words ("contains", "is empty"); comparisons on dates read "is before" / "is after". */
export function useOperatorLabel() {
  const { t } = useTranslation(['listTools', 'list'])
  return useCallback(
    (op: string, input: ValueInput) => {
      const normalized = op.toLowerCase()
      if (input === 'date' && Object.hasOwn(dateLabels, normalized)) {
        const key = Object.entries(dateLabels).find(([name]) => name === normalized)?.[1]
        if (key) return t(key)
      }
      const key = Object.entries(labels).find(([name]) => name === normalized)?.[1]
      return key ? t(key) : normalized
    },
    [t],
  )
}
