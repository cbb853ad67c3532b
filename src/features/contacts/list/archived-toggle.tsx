import { useTranslation } from '../../../lib/i18n'
import ToggleButton from '@mui/material/ToggleButton'
import ToggleButtonGroup from '@mui/material/ToggleButtonGroup'
import { archivedValues, type ArchivedValue } from '../../../contract/kanbert-contract'

/** Active / archived / all: the `archived` pseudo-filter of the API. */
export function ArchivedToggle({
  value,
  onChange,
}: {
  value: ArchivedValue
  onChange: (value: ArchivedValue) => void
}) {
  const { t } = useTranslation('list')
  return (
    <ToggleButtonGroup
      exclusive
      size="small"
      value={value}
      aria-label={t('archived.label')}
      onChange={(_event, next: ArchivedValue | null) => {
        if (next !== null) onChange(next)
      }}
    >
      {archivedValues.map((option) => (
        <ToggleButton key={option} value={option} sx={{ px: 1.5 }}>
          {t(`archived.${option}`)}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  )
}
