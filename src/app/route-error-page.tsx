import { lazy, Suspense } from 'react'
import { useQueryErrorResetBoundary } from '@tanstack/react-query'
import { useTranslation } from '../lib/i18n'
import { Link as RouterLink, useLocation, useNavigate } from 'react-router'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { HttpError, SessionExpiredError } from '../lib/api-errors'
import { errorDetail } from '../lib/error-text'
import { useSignInAgain } from '../features/session/use-sign-in-again'
import { SignOutButton } from './layout/sign-out-button'
import { useRuntimeConfig } from './runtime-config'

// Only after a 403 on reading, when the server is reachable: not needed on the first page.
const NoAccessPanel = lazy(() =>
  import('../features/session/no-access-panel').then((module) => ({ default: module.NoAccessPanel })),
)

type Kind = 'notFound' | 'sessionExpired' | 'forbidden' | 'other'

function classify(error: unknown): Kind {
  if (error instanceof HttpError && error.status === 404) return 'notFound'
  if (error instanceof SessionExpiredError) return 'sessionExpired'
  if (error instanceof HttpError && error.status === 403) return 'forbidden'
  return 'other'
}

/** What a route's error boundary shows: what happened in plain words, a retry and a way back. */
export function RouteErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation(['errors', 'common'])
  const { reset } = useQueryErrorResetBoundary()
  const location = useLocation()
  const navigate = useNavigate()
  const kind = classify(error)
  const config = useRuntimeConfig()
  const signIn = useSignInAgain(config)
  const title = {
    notFound: t('route.notFoundTitle'),
    sessionExpired: t('route.sessionExpiredTitle'),
    forbidden: '',
    other: t('route.title'),
  }[kind]
  const description = {
    notFound: t('route.notFoundDescription'),
    sessionExpired: t('route.sessionExpiredDescription'),
    forbidden: '',
    other: t('route.description'),
  }[kind]
  const retry = () => {
    // Lets failed queries fetch again on their next mount; navigating to the same address gives a new
    // location key, which is what makes the error boundary drop the caught error and render the page again.
    reset()
    void navigate(
      { pathname: location.pathname, search: location.search, hash: location.hash },
      { replace: true, state: location.state as unknown },
    )
  }
  // A 403 on reading: the account lacks access, which a retry will not change.
  if (kind === 'forbidden')
    return (
      <Suspense fallback={null}>
        <NoAccessPanel action={<SignOutButton variant="button" />} />
      </Suspense>
    )
  return (
    <Stack sx={{ gap: 3, py: 2, maxWidth: 720 }}>
      <Typography variant="h4" component="h1">
        {title}
      </Typography>
      <Alert severity={kind === 'notFound' ? 'info' : 'error'}>
        <AlertTitle>{description}</AlertTitle>
        {kind === 'other' ? (
          <Typography
            variant="body2"
            component="p"
            sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}
          >
            {t('route.details')}: {errorDetail(error)}
          </Typography>
        ) : null}
      </Alert>
      <Stack direction="row" sx={{ gap: 1, flexWrap: 'wrap' }}>
        {kind === 'sessionExpired' ? (
          // Without a configured login page this reloads, and the SSO proxy sends the user to sign in.
          <Button variant="contained" onClick={signIn}>
            {config.loginUrl ? t('common:actions.signIn') : t('common:actions.reload')}
          </Button>
        ) : kind === 'other' ? (
          <Button variant="contained" onClick={retry}>
            {t('common:actions.retry')}
          </Button>
        ) : null}
        <Button
          component={RouterLink}
          to="/contacts"
          variant={kind === 'notFound' ? 'contained' : 'outlined'}
        >
          {t('common:actions.backToList')}
        </Button>
      </Stack>
    </Stack>
  )
}
