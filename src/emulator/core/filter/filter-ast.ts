/** The one filter tree both wire forms (JSON and string DSL) are parsed into. */

/** A bare DSL word such as `now`, `today-30d` or `me.id`; resolved against the field at compile time. */
export interface SpecialValue {
  special: string
}
export type FilterScalar = string | number | boolean | null | SpecialValue
export type FilterValue = FilterScalar | FilterScalar[]

export interface FilterCondition {
  kind: 'condition'
  field: string
  /** Lower-cased operator name; symbols already mapped (`>=` → `gte`). */
  op: string
  value: FilterValue
}
export interface FilterGroup {
  kind: 'and' | 'or'
  children: FilterNode[]
}
export type FilterNode = FilterCondition | FilterGroup

export const symbolOperators: Record<string, string> = {
  '=': 'eq',
  '!=': 'ne',
  '<': 'lt',
  '<=': 'lte',
  '>': 'gt',
  '>=': 'gte',
}

export const isSpecial = (value: unknown): value is SpecialValue =>
  typeof value === 'object' && value !== null && 'special' in value
