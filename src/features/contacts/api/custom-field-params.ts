/**
 * The query strings of the custom-field definitions, shared by their query and by the boot module
 * (src/boot/), which requests the first page before the app's code runs and must ask for the very same URL.
 */
import { createFilterBuilder, serializeFilter } from '../../../lib/filter'
import {
  CONTACT_CUSTOM_FIELD_ENTITY_TYPE,
  MAX_PAGE_SIZE,
  customFieldFilterFields,
  queryParams,
} from '../../../contract/kanbert-contract'

const whereCustomField = createFilterBuilder(customFieldFilterFields)

/** The filter of GET /custom-fields that asks for the contacts' definitions. */
export const contactCustomFieldsFilterQuery = () => ({
  [queryParams.filter]: serializeFilter(
    whereCustomField('entity_type', 'eq', CONTACT_CUSTOM_FIELD_ENTITY_TYPE),
  ),
})

/** One page of a lookup list walked to its end: the largest pages, from `cursor` on (null: the first). */
export const lookupPageQuery = (query: Record<string, string | undefined>, cursor: string | null) => ({
  ...query,
  [queryParams.pageSize]: MAX_PAGE_SIZE,
  [queryParams.pageCursor]: cursor,
})
