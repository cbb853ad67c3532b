/**
 * The condition being composed in the filter panel, and its conversion into a contract-checked
 * `FilterCondition` (or an error key saying what is missing).
 */
import type { FilterCondition, FilterScalar } from '../../../lib/filter'
import { parseDecimal, parseInteger } from '../form/custom-value-parsers'
import { isListOperator, type ValueInput } from './filter-fields'
import type { LookupOption } from './lookup-autocomplete'
import { validCondition } from './list-url-state'

export interface FilterDraft {
  field: string
  op: string
  /** Single text / number / date / boolean ('true' | 'false') value. */
  text: string
  /** Several values for "is one of" on plain inputs. */
  list: string[]
  /** Picked owners / clients / countries. */
  picked: LookupOption[]
}

export const emptyDraft: FilterDraft = { field: '', op: '', text: '', list: [], picked: [] }

export type DraftResult =
  { condition: FilterCondition } | { error: 'valueRequired' | 'numberInvalid' | 'integerInvalid' }

/** undefined = not a valid value for this input. Whole-number fields take whole numbers only (contract). */
function scalar(raw: string, input: ValueInput): FilterScalar | undefined {
  if (input === 'boolean') return raw !== 'false'
  if (input === 'integer') return parseInteger(raw) ?? undefined
  if (input === 'number') return parseDecimal(raw) ?? undefined
  return raw.trim()
}

const invalidNumber = (input: ValueInput) => (input === 'integer' ? 'integerInvalid' : 'numberInvalid')

export function draftToCondition(draft: FilterDraft, input: ValueInput): DraftResult {
  const lookup = isLookup(input)
  let value: FilterScalar | FilterScalar[] | undefined
  if (input === 'none') value = undefined
  else if (isListOperator(draft.op)) {
    const raw = lookup ? draft.picked.map((option) => option.id) : draft.list
    const values = raw.map((item) => (lookup ? item : scalar(item, input)))
    if (values.includes(undefined)) return { error: invalidNumber(input) }
    value = values.filter((item): item is FilterScalar => item !== undefined && item !== '')
    if (value.length === 0) return { error: 'valueRequired' }
  } else if (lookup) {
    value = draft.picked[0]?.id
    if (value === undefined) return { error: 'valueRequired' }
  } else {
    if (draft.text.trim() === '' && input !== 'boolean') return { error: 'valueRequired' }
    const single = scalar(draft.text, input)
    if (single === undefined) return { error: invalidNumber(input) }
    value = single
  }
  const condition = validCondition(draft.field, draft.op, value)
  return condition ? { condition } : { error: 'valueRequired' }
}

const isLookup = (input: ValueInput) => input === 'users' || input === 'clients' || input === 'countries'

/** A condition back into the panel's draft, for editing; picked ids get their names from `label`. */
export function conditionToDraft(
  condition: FilterCondition,
  input: ValueInput,
  label: (value: FilterScalar) => string,
): FilterDraft {
  const values: readonly FilterScalar[] =
    condition.value === undefined ? [] : Array.isArray(condition.value) ? condition.value : [condition.value]
  const draft: FilterDraft = { ...emptyDraft, field: condition.field, op: condition.op }
  if (isLookup(input))
    return { ...draft, picked: values.map((value) => ({ id: String(value), label: label(value) })) }
  if (isListOperator(condition.op)) return { ...draft, list: values.map(String) }
  return { ...draft, text: values[0] === undefined ? '' : String(values[0]) }
}
