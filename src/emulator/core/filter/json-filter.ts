import { z } from 'zod'
import { FilterError } from '../responses'
import { symbolOperators, type FilterNode, type FilterScalar, type FilterValue } from './filter-ast'

const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()])
const conditionSchema = z.object({
  field: z.string().min(1),
  op: z.string().min(1),
  value: z.union([scalar, z.array(scalar)]).optional(),
})

function toValue(value: z.infer<typeof conditionSchema>['value']): FilterValue {
  if (value === undefined) return null
  return Array.isArray(value) ? value.map((v): FilterScalar => v) : value
}

function toNode(input: unknown, path: string): FilterNode {
  if (Array.isArray(input))
    return { kind: 'and', children: input.map((child, i) => toNode(child, `${path}[${String(i)}]`)) }
  if (typeof input !== 'object' || input === null)
    throw new FilterError(`expected a condition or group at ${path}`)
  const keys = Object.keys(input)
  if (keys.length === 1 && (keys[0] === 'and' || keys[0] === 'or')) {
    const kind = keys[0]
    const children: unknown =
      kind === 'and' && 'and' in input ? input.and : 'or' in input ? input.or : undefined
    if (!Array.isArray(children)) throw new FilterError(`"${kind}" at ${path} must hold a list`)
    return { kind, children: children.map((child, i) => toNode(child, `${path}.${kind}[${String(i)}]`)) }
  }
  const parsed = conditionSchema.safeParse(input)
  if (!parsed.success) throw new FilterError(`expected {field, op, value} at ${path}`)
  const op = parsed.data.op.toLowerCase()
  return {
    kind: 'condition',
    field: parsed.data.field,
    op: symbolOperators[op] ?? op,
    value: toValue(parsed.data.value),
  }
}

/** The JSON forms (§4.1): a flat array is AND-ed; objects `{and:[…]}` / `{or:[…]}` nest. */
export function parseJsonFilter(text: string): FilterNode {
  let input: unknown
  try {
    input = JSON.parse(text)
  } catch {
    throw new FilterError('malformed JSON')
  }
  return toNode(input, 'filter')
}

/** The form-encoded variant: `filter[0][field]=…&filter[0][op]=…&filter[0][value]=…`, AND-ed. */
export function parseFormFilter(query: URLSearchParams): FilterNode | null {
  const rows = new Map<number, Record<string, string>>()
  for (const [key, value] of query) {
    const m = /^filter\[(\d+)\]\[(field|op|value)\]$/.exec(key)
    if (!m) continue
    const index = Number(m[1])
    const row = rows.get(index) ?? {}
    row[m[2] ?? ''] = value
    rows.set(index, row)
  }
  if (rows.size === 0) return null
  const ordered = [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row)
  return toNode(ordered, 'filter')
}
