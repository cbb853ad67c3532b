import type { ReactNode } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from '../../lib/i18n'
import Alert from '@mui/material/Alert'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import LockIcon from '@mui/icons-material/LockOutlined'
import { sessionQueries } from './api/session-queries'

/**
 * A 403 on reading contacts: the account is signed in but lacks the scope. Names who is signed in, so a
 * user with two accounts sees at once which one the proxy used; `action` is the sign-out, when configured.
 */
export function NoAccessPanel({ action }: { action?: ReactNode }) {
  const { t } = useTranslation('session')
  const { data: user } = useQuery({ ...sessionQueries.whoami(), throwOnError: false })
  const name = user ? `${user.first_name} ${user.last_name}`.trim() : ''
  return (
    <Stack sx={{ gap: 3, py: 2, maxWidth: 720 }}>
      <Typography variant="h4" component="h1">
        {t('noAccess.title')}
      </Typography>
      <Alert severity="warning" icon={<LockIcon />}>
        <Typography variant="body1" component="p" sx={{ mb: 1 }}>
          {name ? t('noAccess.signedInAs', { name }) : t('noAccess.signedIn')}
        </Typography>
        <Typography variant="body2" component="p">
          {t('noAccess.ask')}
        </Typography>
      </Alert>
      {action ? <Stack direction="row">{action}</Stack> : null}
    </Stack>
  )
}
