import { useTranslation } from '../../../lib/i18n'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import ErrorIcon from '@mui/icons-material/ErrorOutlined'
import type { FilterCondition } from '../../../lib/filter'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { useConditionLabel } from './use-condition-label'

/**
 * The active conditions as removable chips, "match all / any" once there are two, and one action to
 * clear everything. A condition the server refused is drawn in the error colour.
 */
export function FilterChips({
  conditions,
  match,
  customFields,
  refusedIndex,
  onRemove,
  onMatch,
  onClear,
}: {
  conditions: readonly FilterCondition[]
  match: 'and' | 'or'
  customFields: readonly CustomFieldInfo[]
  refusedIndex: number | null
  onRemove: (index: number) => void
  onMatch: (match: 'and' | 'or') => void
  onClear: () => void
}) {
  const { t } = useTranslation('list')
  const label = useConditionLabel(conditions, customFields)
  if (conditions.length === 0) return null
  return (
    <Stack
      component="section"
      aria-label={t('filters.active')}
      direction="row"
      sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1, mb: 2 }}
    >
      {conditions.length > 1 ? (
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1 }}>
          <Typography variant="body2" sx={{ color: 'text.secondary' }}>
            {t('filters.matchLabel')}
          </Typography>
          <ToggleButtonGroup
            exclusive
            size="small"
            value={match}
            aria-label={t('filters.matchLabel')}
            onChange={(_event, next: 'and' | 'or' | null) => {
              if (next) onMatch(next)
            }}
          >
            <ToggleButton value="and" sx={{ py: 0.25 }}>
              {t('filters.matchAll')}
            </ToggleButton>
            <ToggleButton value="or" sx={{ py: 0.25 }}>
              {t('filters.matchAny')}
            </ToggleButton>
          </ToggleButtonGroup>
        </Stack>
      ) : null}
      {conditions.map((condition, index) => {
        const text = label(condition)
        const refused = index === refusedIndex
        return (
          <Chip
            key={`${index}-${condition.field}-${condition.op}`}
            label={text}
            color={refused ? 'error' : 'default'}
            variant="outlined"
            icon={refused ? <ErrorIcon /> : undefined}
            title={refused ? t('filters.refused') : undefined}
            // The whole chip is the remove button (click, Enter, Delete); the × shows what it does.
            aria-label={t('filters.remove', { label: text })}
            onClick={() => onRemove(index)}
            onDelete={() => onRemove(index)}
            sx={{ maxWidth: '100%' }}
          />
        )
      })}
      <Button size="small" onClick={onClear}>
        {t('filters.clearAll')}
      </Button>
    </Stack>
  )
}
