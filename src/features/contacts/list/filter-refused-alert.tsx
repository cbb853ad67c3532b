import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import type { FilterCondition } from '../../../lib/filter'
import { useTranslation } from '../../../lib/i18n'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { useConditionLabel } from './use-condition-label'

/** The server refused a filter (400): says so with its message, names the condition and offers to remove it. */
export function FilterRefusedAlert({
  message,
  condition,
  customFields,
  onRemoveCondition,
}: {
  message: string
  condition: FilterCondition | null
  customFields: readonly CustomFieldInfo[]
  onRemoveCondition: () => void
}) {
  const { t } = useTranslation(['listTools', 'list'])
  const label = useConditionLabel(condition ? [condition] : [], customFields)
  return (
    <Alert
      severity="error"
      sx={{ m: 2 }}
      action={
        condition !== null ? (
          <Button color="inherit" size="small" onClick={onRemoveCondition}>
            {t('states.removeCondition')}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>{t('states.filterRefused', { message })}</AlertTitle>
      {condition !== null ? t('states.filterRefusedCondition', { label: label(condition) }) : null}
    </Alert>
  )
}
