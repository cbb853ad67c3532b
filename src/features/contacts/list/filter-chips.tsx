import { useTranslation } from '../../../lib/i18n'
import Button from '@mui/material/Button'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import Typography from '@mui/material/Typography'
import CancelIcon from '@mui/icons-material/Cancel'
import ErrorIcon from '@mui/icons-material/ErrorOutlined'
import type { FilterCondition } from '../../../lib/filter'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { useConditionLabel } from './use-condition-label'

/**
 * The active conditions as chips, "match all / any" once there are two, and one action to clear
 * everything. A chip opens its condition for editing; only its delete icon (or Delete / Backspace on the
 * focused chip) removes it. A condition the server refused is drawn in the error colour.
 */
export function FilterChips({
  conditions,
  match,
  customFields,
  refusedIndex,
  onEdit,
  onRemove,
  onMatch,
  onClear,
}: {
  conditions: readonly FilterCondition[]
  match: 'and' | 'or'
  customFields: readonly CustomFieldInfo[]
  refusedIndex: number | null
  onEdit: (index: number) => void
  onRemove: (index: number) => void
  onMatch: (match: 'and' | 'or') => void
  onClear: () => void
}) {
  const { t } = useTranslation(['list', 'listTools'])
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
            aria-label={t('listTools:filterPanel.chipEdit', { label: text })}
            onClick={() => onEdit(index)}
            onDelete={() => onRemove(index)}
            deleteIcon={<CancelIcon titleAccess={t('listTools:filterPanel.chipRemove', { label: text })} />}
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
