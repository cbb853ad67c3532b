import type { ReactNode } from 'react'
import { useTranslation } from '../lib/i18n'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Typography from '@mui/material/Typography'

/** An inline error with a retry button: for a part of a page that failed while the rest still works. */
export function ErrorState({
  title,
  description,
  detail,
  onRetry,
  children,
}: {
  title?: string
  description?: string
  /** A technical detail (a server's shortened message, see lib/error-text.ts), shown small below. */
  detail?: string | undefined
  onRetry?: () => void
  children?: ReactNode
}) {
  const { t } = useTranslation(['common', 'errors'])
  return (
    <Alert
      severity="error"
      action={
        onRetry ? (
          <Button color="inherit" size="small" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{title ?? t('errors:state.title')}</AlertTitle>
      {description ?? t('errors:state.description')}
      {detail ? (
        <Typography variant="body2" sx={{ mt: 0.5, opacity: 0.85, overflowWrap: 'anywhere' }}>
          {t('errors:detail', { detail })}
        </Typography>
      ) : null}
      {children}
    </Alert>
  )
}
