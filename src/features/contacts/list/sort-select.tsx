import { useTranslation } from '../../../lib/i18n'
import { NativeSelectField } from '../../../components/native-select-field'
import { buildSort } from '../../../lib/filter'
import type { SortFieldOption } from './contact-columns'
import { activeSort } from './sort-state'

const DEFAULT = 'default'

/**
 * Sorting where there are no column headers (the phone card list): every sort key the contract allows,
 * both directions, as one select.
 */
export function SortSelect({
  sort,
  options,
  onSort,
}: {
  sort: string | undefined
  options: readonly (SortFieldOption & { isDate: boolean })[]
  onSort: (sort: string | undefined) => void
}) {
  const { t } = useTranslation('list')
  const current = activeSort(sort)
  const value = (current && buildSort([current])) ?? DEFAULT
  return (
    <NativeSelectField
      label={t('sort.label')}
      value={value}
      onChange={(next) => onSort(next === DEFAULT ? undefined : next)}
      // A row of its own: "Standard (älteste zuerst)" and "Geändert, neueste zuerst" need the width.
      sx={{ flex: '1 1 100%' }}
    >
      <option value={DEFAULT}>{t('sort.default')}</option>
      {options.flatMap((option) =>
        (['asc', 'desc'] as const).map((direction) => (
          <option
            key={`${option.field}-${direction}`}
            value={buildSort([{ field: option.field, direction }])}
          >
            {t(
              option.isDate ? (direction === 'asc' ? 'sort.ascDate' : 'sort.descDate') : `sort.${direction}`,
              {
                field: option.label,
              },
            )}
          </option>
        )),
      )}
    </NativeSelectField>
  )
}
