/**
 * A saved view may name things that are gone by the time it is opened: a custom field deleted from the
 * workspace, a colleague no longer among the users. Such conditions (and sorting by such a field) are
 * left out, and the caller tells the user which.
 */
import { specialFilterValues } from '../../../contract/kanbert-contract'
import { buildSort, parseSort, type FilterCondition } from '../../../lib/filter'
import type { ContactListParams } from '../api/contact-list-params'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { customAlias, isCustomField, valueInputFor } from '../list/filter-fields'

export interface ExistingReferences {
  /** The custom fields the workspace defines; null when the API gives no definitions (nothing to judge by). */
  customFields: readonly CustomFieldInfo[] | null
  /** Ids of the users the API lists; null when the directory could not be loaded. */
  userIds: ReadonlySet<string> | null
}

export interface ViewReferenceCheck {
  params: ContactListParams
  /** Conditions left out, as the view stored them. */
  droppedConditions: FilterCondition[]
  /** Custom-field aliases the view sorted by, left out. */
  droppedSort: string[]
}

const special: readonly string[] = specialFilterValues

function userIdsIn(condition: FilterCondition, customFields: readonly CustomFieldInfo[]): string[] {
  if (condition.value === undefined) return []
  if (valueInputFor(condition.field, condition.op, customFields) !== 'users') return []
  const values = Array.isArray(condition.value) ? condition.value : [condition.value]
  return values.map(String).filter((id) => !special.includes(id))
}

function fieldVanished(field: string, existing: ExistingReferences): boolean {
  const { customFields } = existing
  if (!isCustomField(field) || customFields === null) return false
  return !customFields.some((info) => info.alias === customAlias(field))
}

function refersToMissing(condition: FilterCondition, existing: ExistingReferences): boolean {
  if (fieldVanished(condition.field, existing)) return true
  const { userIds } = existing
  if (userIds === null) return false
  return userIdsIn(condition, existing.customFields ?? []).some((id) => !userIds.has(id))
}

export function checkViewReferences(
  params: ContactListParams,
  existing: ExistingReferences,
): ViewReferenceCheck {
  const droppedConditions = params.conditions.filter((condition) => refersToMissing(condition, existing))
  const sortKeys = parseSort(params.sort)
  const droppedSort = sortKeys.filter((key) => fieldVanished(key.field, existing))
  return {
    params: {
      ...params,
      conditions: params.conditions.filter((condition) => !droppedConditions.includes(condition)),
      sort:
        droppedSort.length > 0
          ? buildSort(sortKeys.filter((key) => !droppedSort.includes(key)))
          : params.sort,
    },
    droppedConditions,
    droppedSort: droppedSort.map((key) => customAlias(key.field)),
  }
}

/**
 * Does the view name anything that could have vanished (so its lookups are worth loading)? A custom
 * field's definition also says whether its values are user ids.
 */
export function mayReferToVanished(params: ContactListParams): { customFields: boolean; users: boolean } {
  const fields = [
    ...params.conditions.map((condition) => condition.field),
    ...parseSort(params.sort).map((key) => key.field),
  ]
  const custom = fields.some(isCustomField)
  return {
    customFields: custom,
    users: params.conditions.some(
      (condition) =>
        condition.value !== undefined &&
        (isCustomField(condition.field) || valueInputFor(condition.field, condition.op, []) === 'users'),
    ),
  }
}
