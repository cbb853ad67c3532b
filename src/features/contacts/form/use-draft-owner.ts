import { useQuery } from '@tanstack/react-query'
import { sessionQueries } from '../../session/api/session-queries'

/**
 * Whose drafts the form may restore and writes: the signed-in user's id; null when whoami failed (drafts
 * then belong to "nobody known"); undefined while it is still loading, so the form waits for it.
 */
export function useDraftOwner(): string | null | undefined {
  const whoami = useQuery({ ...sessionQueries.whoami(), throwOnError: false })
  if (whoami.data) return whoami.data.id
  return whoami.isError ? null : undefined
}
