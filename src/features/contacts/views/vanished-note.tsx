import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import type { FilterCondition } from '../../../lib/filter'
import { useTranslation } from '../../../lib/i18n'
import { contactCustomFieldsQuery } from '../api/custom-field-queries'
import { inferCustomFields } from '../shared/custom-field-kinds'
import { useConditionLabel } from '../list/use-condition-label'

export interface VanishedNoteProps {
  viewName: string
  conditions: readonly FilterCondition[]
  /** Aliases of custom fields the view sorted by. */
  sortFields: readonly string[]
  onDismiss: () => void
}

/**
 * Says which parts of a saved view were left out because what they named no longer exists (a lazy
 * chunk, shown only then). A status, not an alert: the list still opened.
 */
export default function VanishedNote({ viewName, conditions, sortFields, onDismiss }: VanishedNoteProps) {
  const { t } = useTranslation('views')
  const definitions = useQuery({ ...contactCustomFieldsQuery(), throwOnError: false })
  const customFields = useMemo(() => inferCustomFields(definitions.data ?? [], []), [definitions.data])
  const label = useConditionLabel(conditions, customFields)
  const parts = [...conditions.map(label), ...sortFields.map((field) => t('vanished.sort', { field }))]
  return (
    <Alert
      role="status"
      severity="warning"
      sx={{ flexBasis: '100%', order: -1 }}
      action={
        <Button color="inherit" size="small" onClick={onDismiss}>
          {t('vanished.dismiss')}
        </Button>
      }
    >
      {t('vanished.text', { name: viewName })} {parts.join('; ')}
    </Alert>
  )
}
