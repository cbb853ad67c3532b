import {
  operatorsByType,
  type ArchivedValue,
  type CustomFieldType,
  type FilterFieldType,
} from '../../../contract/kanbert-contract'
import { FilterError } from '../responses'
import type { FieldValue } from '../types'
import { isSpecial, type FilterCondition, type FilterNode, type FilterScalar } from './filter-ast'
import { buildMatcher, type ValueKind } from './matchers'

export interface FilterFieldInfo {
  type: FilterFieldType
  /** For `custom` fields: the custom field's own type, which decides comparison semantics. */
  customType?: CustomFieldType
}

export interface FilterEnvironment<T> {
  field(name: string): FilterFieldInfo | undefined
  value(item: T, field: string): FieldValue
  meId: string
  now: number
}

export interface CompiledFilter<T> {
  predicate: (item: T) => boolean
  /** The `archived` scope named in the filter, or null when the filter does not mention it. */
  archived: ArchivedValue | null
}

function kindOf(info: FilterFieldInfo): ValueKind {
  if (info.type === 'string' || info.type === 'enum') return 'text'
  if (info.type === 'date' || info.type === 'datetime') return 'temporal'
  if (info.type === 'id' || info.type === 'boolean') return info.type
  switch (info.customType) {
    case 'number':
      return 'number'
    case 'boolean':
      return 'boolean'
    case 'date':
      return 'temporal'
    case 'multiselect':
      return 'list'
    case 'user':
      return 'id'
    default:
      return 'text'
  }
}

const archivedScope = (condition: FilterCondition): ArchivedValue => {
  const value = condition.value
  const text = typeof value === 'string' ? value.toLowerCase() : isSpecial(value) ? value.special : null
  if (text === 'with' || text === 'only' || text === 'without') return text
  throw new FilterError(`field 'archived' accepts "with", "only" or "without"`)
}

/** Validates the tree against the resource's fields (400 on unknown field / operator) and builds a predicate. */
export function compileFilter<T>(node: FilterNode, env: FilterEnvironment<T>): CompiledFilter<T> {
  let archived: ArchivedValue | null = null

  const compile = (current: FilterNode): ((item: T) => boolean) => {
    if (current.kind !== 'condition') {
      const parts = current.children.map(compile)
      return current.kind === 'and'
        ? (item) => parts.every((p) => p(item))
        : (item) => parts.some((p) => p(item))
    }
    const info = env.field(current.field)
    if (!info) throw new FilterError(`unknown field '${current.field}'`)
    const allowed: readonly string[] = operatorsByType[info.type]
    if (!allowed.includes(current.op)) {
      throw new FilterError(`operator '${current.op}' is not allowed for field '${current.field}'`)
    }
    if (info.type === 'archived') {
      archived = archivedScope(current)
      // The scope is applied outside the tree; inside it the condition is neutral.
      return () => true
    }
    const values: FilterScalar[] = Array.isArray(current.value) ? current.value : [current.value]
    const isList = current.op === 'in' || current.op === 'nin' || current.op === 'notin'
    if (!isList && Array.isArray(current.value)) {
      throw new FilterError(
        `operator '${current.op}' on field '${current.field}' takes a single value, not a list`,
      )
    }
    const matcher = buildMatcher(kindOf(info), current.op, values, current.field, env)
    const field = current.field
    return (item) => matcher(env.value(item, field))
  }

  const predicate = compile(node)
  return { predicate, archived }
}
