/**
 * User ids as names, wherever one is shown (user-type custom fields, owner filters, the CSV): resolved
 * through the users the API lists, so no place falls back to a raw id. An id the API does not list reads
 * "Unknown user (u-15)", never blank.
 */
import { useCallback, useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import type { User } from '../../../api/schemas/common'
import { useTranslation } from '../../../lib/i18n'
import { userDirectoryQuery } from '../api/directory-queries'
import { userFullName } from './contact-names'

export type UserNameOf = (id: string) => string

export function userNameResolver(
  users: readonly User[] | undefined,
  unknown: (id: string) => string,
): UserNameOf {
  const byId = new Map((users ?? []).map((user) => [user.id, user]))
  return (id) => {
    const user = byId.get(id)
    if (user) return userFullName(user) || user.email
    // Until the directory has answered, an ellipsis rather than a raw id or a false "unknown".
    return users ? unknown(id) : '…'
  }
}

/** The resolver, fed by the user directory; `enabled: false` until a screen has a user id to name. */
export function useUserNames(enabled = true): UserNameOf {
  const { t } = useTranslation('common')
  const users = useQuery({ ...userDirectoryQuery(), enabled, throwOnError: false })
  const unknown = useCallback((id: string) => t('unknownUser', { id }), [t])
  // A failed directory still names nobody wrongly: every id reads as unknown, with the id to go on.
  const failed = users.isError
  return useMemo(() => userNameResolver(failed ? [] : users.data, unknown), [failed, users.data, unknown])
}
