import { useEffect } from 'react'
import { useQuery } from '@tanstack/react-query'
import { clearDraftsOfOtherUsers } from '../../features/contacts/form/draft-storage'
import { sessionQueries } from '../../features/session/api/session-queries'

/**
 * Drafts outlive a session expiry on purpose, but belong to the person who typed them: whenever whoami
 * names the signed-in user (at start, after a sign-in, on a refetch), everyone else's drafts go.
 */
export function useDraftsFollowUser(): void {
  const { data: user } = useQuery({ ...sessionQueries.whoami(), throwOnError: false })
  const userId = user?.id
  useEffect(() => {
    if (userId) clearDraftsOfOtherUsers(userId)
  }, [userId])
}
