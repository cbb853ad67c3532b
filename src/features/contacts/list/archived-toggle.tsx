import { useTranslation } from '../../../lib/i18n'
import { NativeSelectField } from '../../../components/native-select-field'
import { archivedValues, type ArchivedValue } from '../../../contract/kanbert-contract'

const isArchivedValue = (value: string): value is ArchivedValue =>
  (archivedValues as readonly string[]).includes(value)

/** Active / archived / all: the `archived` pseudo-filter of the API. */
export function ArchivedToggle({
  value,
  onChange,
}: {
  value: ArchivedValue
  onChange: (value: ArchivedValue) => void
}) {
  const { t } = useTranslation(['listTools', 'list'])
  return (
    <NativeSelectField
      label={t('archived.label')}
      value={value}
      onChange={(next) => {
        if (isArchivedValue(next)) onChange(next)
      }}
      sx={{ minWidth: 150 }}
    >
      {archivedValues.map((option) => (
        <option key={option} value={option}>
          {t(`archived.${option}`)}
        </option>
      ))}
    </NativeSelectField>
  )
}
