/**
 * Route component of /contacts/:id. Shows the contact from the cache at once when the list already has it
 * (as placeholder while the full record loads), a skeleton otherwise; a 404 gets its own panel, any
 * other failure an inline error with retry (the page keeps its way back to the list).
 */
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from '../../../lib/i18n'
import { useParams } from 'react-router'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { ErrorState } from '../../../components/error-state'
import { HttpError } from '../../../lib/api-errors'
import { useDescribeError } from '../../../lib/error-text'
import { belongsToRouteBoundary } from '../../session/forbidden'
import { contactQueries } from '../api/contact-queries'
import { BackToListLink } from './back-to-list-link'
import { contactFromLists } from './contact-from-lists'
import { ContactDetailSkeleton } from './contact-detail-skeleton'
import { ContactDetailView } from './contact-detail-view'
import { ContactNotFound } from './contact-not-found'

export function ContactDetailPage() {
  const { id = '' } = useParams()
  const { t } = useTranslation('detail')
  const queryClient = useQueryClient()
  const describeError = useDescribeError()
  const query = useQuery({
    ...contactQueries.detail(id),
    placeholderData: () => contactFromLists(queryClient, id),
    // Handled here rather than by the route boundary, so the page keeps its header and way back; only "no
    // access" (403) and "session expired" go to the boundary.
    throwOnError: belongsToRouteBoundary,
  })
  if (query.data) return <ContactDetailView contact={query.data} />
  if (query.isError) {
    if (query.error instanceof HttpError && query.error.status === 404) return <ContactNotFound />
    const described = describeError(query.error)
    return (
      <Stack sx={{ gap: 2 }}>
        <BackToListLink />
        <Typography variant="h4" component="h1">
          {t('errorTitle')}
        </Typography>
        <ErrorState
          description={described.summary}
          detail={described.detail}
          onRetry={() => void query.refetch()}
        />
      </Stack>
    )
  }
  return <ContactDetailSkeleton />
}
