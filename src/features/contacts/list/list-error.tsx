import { useTranslation } from '../../../lib/i18n'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import { ErrorState } from '../../../components/error-state'
import type { ListErrorInfo } from './list-error-info'

/** The list's error state: a refused filter names the condition and offers to remove it; else retry. */
export function ListError({
  info,
  conditionLabel,
  onRemoveCondition,
  onFirstPage,
  onRetry,
}: {
  info: ListErrorInfo
  conditionLabel: string | null
  onRemoveCondition: () => void
  onFirstPage: () => void
  onRetry: () => void
}) {
  const { t } = useTranslation('list')
  if (info.kind === 'filter') {
    return (
      <Alert
        severity="error"
        sx={{ m: 2 }}
        action={
          conditionLabel !== null ? (
            <Button color="inherit" size="small" onClick={onRemoveCondition}>
              {t('states.removeCondition')}
            </Button>
          ) : undefined
        }
      >
        <AlertTitle>{t('states.filterRefused', { message: info.message })}</AlertTitle>
        {conditionLabel !== null ? t('states.filterRefusedCondition', { label: conditionLabel }) : null}
      </Alert>
    )
  }
  if (info.kind === 'cursor') {
    return (
      <Alert
        severity="warning"
        sx={{ m: 2 }}
        action={
          <Button color="inherit" size="small" onClick={onFirstPage}>
            {t('states.firstPage')}
          </Button>
        }
      >
        {t('states.badCursor')}
      </Alert>
    )
  }
  return <ErrorState title={t('states.errorTitle')} description={info.message} onRetry={onRetry} />
}
