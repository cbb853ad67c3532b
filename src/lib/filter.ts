/**
 * Typed builder for Kanbert's JSON filter form (contract §4.1) and sort strings (§3.1). We always send
 * JSON, never the string DSL, so user input needs no quoting or escaping at all.
 */
import {
  CUSTOM_FIELD_PREFIX,
  operatorsByType,
  valuelessOperators,
  type FilterFieldSpec,
  type FilterFieldType,
} from '../contract/kanbert-contract'

export type FilterScalar = string | number | boolean | null
export type FilterValue = FilterScalar | readonly FilterScalar[]

export interface FilterCondition {
  field: string
  op: string
  value?: FilterValue
}
export type FilterGroup = { and: FilterNode[] } | { or: FilterNode[] }
export type FilterNode = FilterCondition | FilterGroup

type Specs = Record<string, FilterFieldSpec>
type FieldOf<S extends Specs> = (keyof S & string) | `custom_fields.${string}`
type TypeOf<S extends Specs, F> = F extends keyof S ? S[F]['type'] : 'custom'
export type OperatorFor<S extends Specs, F> = (typeof operatorsByType)[TypeOf<S, F> & FilterFieldType][number]

export class FilterBuildError extends Error {
  override name = 'FilterBuildError'
}

export function fieldType(specs: Specs, field: string): FilterFieldType | undefined {
  if (field.startsWith(CUSTOM_FIELD_PREFIX) && field.length > CUSTOM_FIELD_PREFIX.length) return 'custom'
  return specs[field]?.type
}

export function isOperatorAllowed(type: FilterFieldType, op: string): boolean {
  const allowed: readonly string[] = operatorsByType[type]
  return allowed.includes(op.toLowerCase())
}

export function isValuelessOperator(op: string): boolean {
  return valuelessOperators.includes(op.toLowerCase())
}

/**
 * Returns a `where(field, op, value)` bound to one endpoint's filterable fields: the operator is
 * type-checked against the field's type at compile time and checked again at run time (for URL input).
 */
export function createFilterBuilder<S extends Specs>(specs: S) {
  return function where<F extends FieldOf<S>>(
    field: F,
    op: OperatorFor<S, F>,
    value?: FilterValue,
  ): FilterCondition {
    const type = fieldType(specs, field)
    if (type === undefined) throw new FilterBuildError(`Unknown filter field "${field}"`)
    if (!isOperatorAllowed(type, op))
      throw new FilterBuildError(`Operator "${op}" is not allowed on "${field}"`)
    if (isValuelessOperator(op)) return { field, op }
    if (value === undefined) throw new FilterBuildError(`Operator "${op}" on "${field}" needs a value`)
    const isList = op === 'in' || op === 'nin' || op === 'notin'
    if (isList !== Array.isArray(value)) {
      throw new FilterBuildError(
        `Operator "${op}" on "${field}" needs ${isList ? 'a list' : 'a single value'}`,
      )
    }
    return { field, op, value }
  }
}

export const and = (...nodes: (FilterNode | null | undefined | false)[]): FilterGroup => ({
  and: nodes.filter(isNode),
})
export const or = (...nodes: (FilterNode | null | undefined | false)[]): FilterGroup => ({
  or: nodes.filter(isNode),
})

function isNode(node: FilterNode | null | undefined | false): node is FilterNode {
  return node !== null && node !== undefined && node !== false
}

/** Drops empty groups and unwraps groups of one, so the wire form stays as small as possible. */
export function simplifyFilter(node: FilterNode): FilterNode | null {
  if ('field' in node) return node
  const [kind, children] = 'and' in node ? (['and', node.and] as const) : (['or', node.or] as const)
  const kept = children.map(simplifyFilter).filter((child): child is FilterNode => child !== null)
  if (kept.length === 0) return null
  if (kept.length === 1) return kept[0] ?? null
  return kind === 'and' ? { and: kept } : { or: kept }
}

/**
 * Serialises to the `filter` query value: a flat AND becomes the documented flat array form, anything
 * else the tree form. Returns undefined for "no filter" so the parameter is left out.
 */
export function serializeFilter(node: FilterNode | null | undefined): string | undefined {
  const simple = node ? simplifyFilter(node) : null
  if (simple === null) return undefined
  if ('field' in simple) return JSON.stringify([simple])
  if ('and' in simple && simple.and.every((child) => 'field' in child)) return JSON.stringify(simple.and)
  return JSON.stringify(simple)
}

// --- sorting ---------------------------------------------------------------------------------------

export type SortDirection = 'asc' | 'desc'
export interface SortKey<F extends string = string> {
  field: F
  direction: SortDirection
}

/** `[{last_name, desc}, {first_name, asc}]` → `-last_name,first_name`. */
export function buildSort(keys: readonly SortKey[]): string | undefined {
  if (keys.length === 0) return undefined
  return keys.map((key) => (key.direction === 'desc' ? `-${key.field}` : key.field)).join(',')
}

/** Inverse of buildSort; ignores empty segments. */
export function parseSort(value: string | null | undefined): SortKey[] {
  if (!value) return []
  return value
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== '-')
    .map((part) =>
      part.startsWith('-') ? { field: part.slice(1), direction: 'desc' } : { field: part, direction: 'asc' },
    )
}
