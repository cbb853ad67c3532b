import { queryOptions } from '@tanstack/react-query'
import { apiRequest } from '../../../lib/api-client'
import { singleObjectSchema, userSchema } from '../../../api/schemas/common'
import { paths } from '../../../contract/kanbert-contract'

const whoamiSchema = singleObjectSchema(userSchema)

export const sessionQueries = {
  all: () => ['session'] as const,
  whoami: () =>
    queryOptions({
      queryKey: [...sessionQueries.all(), 'whoami'] as const,
      queryFn: ({ signal }) => apiRequest(paths.whoami, whoamiSchema, { signal }),
      staleTime: 5 * 60_000,
    }),
}
