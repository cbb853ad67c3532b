import type { ReactNode } from 'react'
import { useTranslation } from '../lib/i18n'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'

/** An inline error with a retry button: for a part of a page that failed while the rest still works. */
export function ErrorState({
  title,
  description,
  onRetry,
  children,
}: {
  title?: string
  description?: string
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
      {children}
    </Alert>
  )
}
