import { FilterError } from '../responses'
import type { FieldValue } from '../types'
import { isSpecial, type FilterScalar } from './filter-ast'
import { filterInterval, specialAsText, storedInterval, type Interval } from './filter-values'
import { compareText } from '../list/collation'

export type ValueKind = 'text' | 'id' | 'boolean' | 'temporal' | 'number' | 'list'
type Matcher = (value: FieldValue) => boolean

interface Env {
  meId: string
  now: number
}

const NEGATED: Record<string, string> = { ne: 'eq', neq: 'eq', nin: 'in', notin: 'in' }
const ALIASES: Record<string, string> = { le: 'lte', ge: 'gte', notnull: 'isnotnull' }

const isEmpty = (value: FieldValue): boolean => value === null || (Array.isArray(value) && value.length === 0)

/** `like` honours SQL wildcards when present, otherwise behaves as `contains`. */
function likeRegex(pattern: string): RegExp {
  const escaped = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.')
  return new RegExp(`^${escaped}$`, 's')
}

/** Case-insensitive, accent-sensitive (§14.4): lower-casing keeps ü distinct from u. */
function textMatcher(op: string, needles: string[], field: string): (text: string) => boolean {
  const lowered = needles.map((n) => n.toLowerCase())
  const first = lowered[0] ?? ''
  switch (op) {
    case 'eq':
    case 'in':
      return (text) => lowered.includes(text.toLowerCase())
    case 'contains':
      return (text) => text.toLowerCase().includes(first)
    case 'startswith':
      return (text) => text.toLowerCase().startsWith(first)
    case 'endswith':
      return (text) => text.toLowerCase().endsWith(first)
    case 'like': {
      if (!/[%_]/.test(first)) return (text) => text.toLowerCase().includes(first)
      const re = likeRegex(first)
      return (text) => re.test(text.toLowerCase())
    }
    case 'lt':
      return (text) => compareText(text, needles[0] ?? '') < 0
    case 'lte':
      return (text) => compareText(text, needles[0] ?? '') <= 0
    case 'gt':
      return (text) => compareText(text, needles[0] ?? '') > 0
    case 'gte':
      return (text) => compareText(text, needles[0] ?? '') >= 0
    default:
      throw new FilterError(`operator '${op}' is not supported for field '${field}'`)
  }
}

function temporalMatcher(op: string, targets: Interval[], field: string): (span: Interval) => boolean {
  const t = targets[0] ?? { start: 0, end: 0 }
  const overlaps = (s: Interval, v: Interval): boolean => s.start < v.end && v.start < s.end
  switch (op) {
    case 'eq':
    case 'in':
      return (s) => targets.some((v) => overlaps(s, v))
    case 'lt':
      return (s) => s.end <= t.start
    case 'lte':
      return (s) => s.start < t.end
    case 'gt':
      return (s) => s.start >= t.end
    case 'gte':
      return (s) => s.end > t.start
    default:
      throw new FilterError(`operator '${op}' is not supported for date field '${field}'`)
  }
}

function toBoolean(value: FilterScalar, field: string): boolean {
  if (value === true || value === 'true' || value === 1 || value === '1') return true
  if (value === false || value === 'false' || value === 0 || value === '0') return false
  throw new FilterError(`field '${field}' expects true or false`)
}

function toNumber(value: FilterScalar, field: string): number {
  const n =
    typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN
  if (Number.isNaN(n)) throw new FilterError(`field '${field}' expects a number`)
  return n
}

function numberMatcher(op: string, targets: number[], field: string): (n: number) => boolean {
  const t = targets[0] ?? 0
  const table: Record<string, (n: number) => boolean> = {
    eq: (n) => targets.includes(n),
    in: (n) => targets.includes(n),
    lt: (n) => n < t,
    lte: (n) => n <= t,
    gt: (n) => n > t,
    gte: (n) => n >= t,
  }
  const fn = table[op]
  if (!fn) throw new FilterError(`operator '${op}' is not supported for number field '${field}'`)
  return fn
}

function positiveMatcher(
  kind: ValueKind,
  op: string,
  values: FilterScalar[],
  field: string,
  env: Env,
): Matcher {
  const texts = (): string[] => values.map((v) => specialAsText(v, env.meId, env.now) ?? '')
  switch (kind) {
    case 'text': {
      const m = textMatcher(op, texts(), field)
      return (v) => typeof v === 'string' && m(v)
    }
    case 'id': {
      if (op !== 'eq' && op !== 'in')
        throw new FilterError(`operator '${op}' is not supported for field '${field}'`)
      const ids = texts()
      return (v) => typeof v === 'string' && ids.includes(v)
    }
    case 'list': {
      const m = textMatcher(op, texts(), field)
      return (v) => Array.isArray(v) && v.some(m)
    }
    case 'boolean': {
      if (op !== 'eq' && op !== 'in')
        throw new FilterError(`operator '${op}' is not supported for field '${field}'`)
      const wanted = values.map((v) => toBoolean(v, field))
      return (v) => typeof v === 'boolean' && wanted.includes(v)
    }
    case 'number': {
      const m = numberMatcher(
        op,
        values.map((v) => toNumber(v, field)),
        field,
      )
      return (v) => typeof v === 'number' && m(v)
    }
    case 'temporal': {
      const targets = values.map((v) => {
        const interval = filterInterval(v, env.now)
        if (!interval) {
          const shown = isSpecial(v) ? v.special : String(v)
          throw new FilterError(`'${shown}' is not a date for field '${field}'`)
        }
        return interval
      })
      const m = temporalMatcher(op, targets, field)
      return (v) => {
        const span = typeof v === 'string' ? storedInterval(v) : null
        return span !== null && m(span)
      }
    }
  }
}

/**
 * One condition as a predicate on the stored value. SQL semantics: a null value only matches
 * `isnull`; negated operators (`ne`, `nin`) do not match null either.
 */
export function buildMatcher(
  kind: ValueKind,
  rawOp: string,
  values: FilterScalar[],
  field: string,
  env: Env,
): Matcher {
  const op = ALIASES[rawOp] ?? rawOp
  if (op === 'isnull') return isEmpty
  if (op === 'isnotnull') return (v) => !isEmpty(v)
  const negatedOf = NEGATED[op]
  if (values.some((v) => v === null)) {
    // `eq null` reads naturally as "is null"; treat it so instead of matching nothing.
    if (op === 'eq') return isEmpty
    if (op === 'ne' || op === 'neq') return (v) => !isEmpty(v)
  }
  if (negatedOf) {
    const positive = positiveMatcher(kind, negatedOf, values, field, env)
    return (v) => !isEmpty(v) && !positive(v)
  }
  return positiveMatcher(kind, op, values, field, env)
}
