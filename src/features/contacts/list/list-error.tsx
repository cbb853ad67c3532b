import { lazy, Suspense } from 'react'
import { useTranslation } from '../../../lib/i18n'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import { ErrorState } from '../../../components/error-state'
import { useDescribeError } from '../../../lib/error-text'
import type { FilterCondition } from '../../../lib/filter'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import type { ListErrorInfo } from './list-error-info'

const FilterRefusedAlert = lazy(() =>
  import('./filter-refused-alert').then((module) => ({ default: module.FilterRefusedAlert })),
)

/** The list's error state: a refused filter names the condition and offers to remove it; else retry. */
export function ListError({
  info,
  refusedCondition,
  customFields,
  onRemoveCondition,
  onFirstPage,
  onRetry,
}: {
  info: ListErrorInfo
  refusedCondition: FilterCondition | null
  customFields: readonly CustomFieldInfo[]
  onRemoveCondition: () => void
  onFirstPage: () => void
  onRetry: () => void
}) {
  const { t } = useTranslation(['listTools', 'list'])
  if (info.kind === 'filter') {
    // Names the refused condition in words, which needs the filter vocabulary: loaded only for this case.
    return (
      <Suspense fallback={null}>
        <FilterRefusedAlert
          message={info.detail}
          condition={refusedCondition}
          customFields={customFields}
          onRemoveCondition={onRemoveCondition}
        />
      </Suspense>
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
  return <OtherListError error={info.error} onRetry={onRetry} />
}

function OtherListError({ error, onRetry }: { error: Error; onRetry: () => void }) {
  const { t } = useTranslation(['listTools', 'list'])
  const { summary, detail } = useDescribeError()(error)
  return <ErrorState title={t('states.errorTitle')} description={summary} detail={detail} onRetry={onRetry} />
}
