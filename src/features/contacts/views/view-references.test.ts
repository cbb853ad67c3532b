import { parseListUrl } from '../list/list-url-state'
import { inferCustomFields } from '../shared/custom-field-kinds'
import type { CustomFieldDefinition } from '../../../api/schemas/custom-field'
import { checkViewReferences, mayReferToVanished } from './view-references'
import { viewSearch, viewSearchOfParams } from './view-state'

const definition = (alias: string, type: CustomFieldDefinition['type']): CustomFieldDefinition => ({
  id: alias,
  alias,
  title: alias,
  type,
  entity_type: 'contact',
  options: null,
})
const customFields = inferCustomFields(
  [definition('lead_source', 'text'), definition('account_manager', 'user')],
  [],
)
const params = (search: string) => parseListUrl(new URLSearchParams(search)).params

test('drops conditions and sort keys on custom fields the definitions no longer list', () => {
  const check = checkViewReferences(
    params(
      '?f=custom_fields.gone:eq:"x"&f=custom_fields.lead_source:eq:"Messe"&sort=-custom_fields.gone,last_name',
    ),
    { customFields, userIds: null },
  )
  expect(check.droppedConditions).toEqual([{ field: 'custom_fields.gone', op: 'eq', value: 'x' }])
  expect(check.droppedSort).toEqual(['gone'])
  expect(viewSearchOfParams(check.params)).toBe(
    viewSearch('?f=custom_fields.lead_source:eq:"Messe"&sort=last_name'),
  )
})

test('drops conditions naming a user the directory no longer lists, in owner and user-type custom fields', () => {
  const check = checkViewReferences(
    params(
      '?f=owner.id:in:["u-1","u-gone"]&f=custom_fields.account_manager:eq:"u-left"&f=owner.id:eq:"me.id"&f=owner.id:eq:"u-1"',
    ),
    { customFields, userIds: new Set(['u-1']) },
  )
  expect(check.droppedConditions.map((condition) => condition.field)).toEqual([
    'owner.id',
    'custom_fields.account_manager',
  ])
  expect(check.params.conditions).toEqual([
    { field: 'owner.id', op: 'eq', value: 'me.id' },
    { field: 'owner.id', op: 'eq', value: 'u-1' },
  ])
})

test('judges nothing it cannot know: no definitions, no directory', () => {
  const view = params('?f=custom_fields.gone:eq:"x"&f=owner.id:eq:"u-gone"&sort=custom_fields.gone')
  const check = checkViewReferences(view, { customFields: null, userIds: null })
  expect(check.droppedConditions).toEqual([])
  expect(check.droppedSort).toEqual([])
  expect(check.params).toEqual(view)
})

test('loads lookups only for views that name custom fields or users', () => {
  expect(mayReferToVanished(params('?q=er&f=last_name:contains:"x"'))).toEqual({
    customFields: false,
    users: false,
  })
  expect(mayReferToVanished(params('?sort=custom_fields.x'))).toEqual({ customFields: true, users: false })
  expect(mayReferToVanished(params('?f=owner.id:eq:"u-1"'))).toEqual({ customFields: false, users: true })
  expect(mayReferToVanished(params('?f=owner.id:isnull'))).toEqual({ customFields: false, users: false })
})

test('a view keeps the query, never the page: the cursor is left out', () => {
  expect(viewSearch('?q=er&cursor=abc&size=50')).toBe('q=er&size=50')
  expect(viewSearch('')).toBe('')
})
