/**
 * Before a view opens: loads what its conditions may name (custom-field definitions, the user directory;
 * only when they name such things, from the cache when fresh) and leaves out what no longer exists.
 * A lookup that fails leaves its kind of condition unjudged: kept, never dropped on a guess.
 */
import { useCallback } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { contactCustomFieldsQuery } from '../api/custom-field-queries'
import { userDirectoryQuery } from '../api/directory-queries'
import { parseListUrl } from '../list/list-url-state'
import { inferCustomFields } from '../shared/custom-field-kinds'
import { checkViewReferences, mayReferToVanished, type ViewReferenceCheck } from './view-references'

export function useCheckView() {
  const queryClient = useQueryClient()
  return useCallback(
    async (search: string): Promise<ViewReferenceCheck> => {
      const params = parseListUrl(new URLSearchParams(search)).params
      const needs = mayReferToVanished(params)
      const [definitions, users] = await Promise.all([
        needs.customFields ? queryClient.query(contactCustomFieldsQuery()).catch(() => null) : null,
        needs.users ? queryClient.query(userDirectoryQuery()).catch(() => null) : null,
      ])
      return checkViewReferences(params, {
        // No definitions at all: the API does not describe its custom fields, so none can be judged gone.
        customFields: definitions?.length ? inferCustomFields(definitions, []) : null,
        userIds: users ? new Set(users.map((user) => user.id)) : null,
      })
    },
    [queryClient],
  )
}
