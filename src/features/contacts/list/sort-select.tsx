import { useTranslation, type TFunction } from '../../../lib/i18n'
import { NativeSelectField } from '../../../components/native-select-field'
import { buildSort, type SortDirection } from '../../../lib/filter'
import type { SortFieldOption } from './contact-columns'
import { activeSort } from './sort-state'

const DEFAULT = 'default'

/** "Created, oldest first", "Mitarbeiterzahl, 0 → 9", "Newsletter, No first", "Last name, A → Z". */
function optionLabel(t: TFunction<'list'>, option: SortFieldOption, direction: SortDirection) {
  const field = option.label
  switch (option.kind) {
    case 'date':
      return t(direction === 'asc' ? 'sort.ascDate' : 'sort.descDate', { field })
    case 'number':
      return t(direction === 'asc' ? 'sort.ascNumber' : 'sort.descNumber', { field })
    case 'boolean':
      return t(direction === 'asc' ? 'sort.ascBoolean' : 'sort.descBoolean', { field })
    case 'text':
      return t(direction === 'asc' ? 'sort.asc' : 'sort.desc', { field })
  }
}

/**
 * The list's order, stated and changeable on every width: every sort key the contract allows, both
 * directions, as one select. With no sort chosen it names the API's default order.
 */
export function SortSelect({
  sort,
  options,
  onSort,
  fullWidth,
}: {
  sort: string | undefined
  options: readonly SortFieldOption[]
  onSort: (sort: string | undefined) => void
  /** A row of its own (phones): "Standard (älteste zuerst)" and "Geändert, neueste zuerst" need the width. */
  fullWidth: boolean
}) {
  const { t } = useTranslation('list')
  const current = activeSort(sort)
  const value = (current && buildSort([current])) ?? DEFAULT
  return (
    <NativeSelectField
      label={t('sort.label')}
      value={value}
      onChange={(next) => onSort(next === DEFAULT ? undefined : next)}
      sx={fullWidth ? { flex: '1 1 100%' } : { flex: '0 1 auto', minWidth: 220 }}
    >
      <option value={DEFAULT}>{t('sort.default')}</option>
      {options.flatMap((option) =>
        (['asc', 'desc'] as const).map((direction) => (
          <option
            key={`${option.field}-${direction}`}
            value={buildSort([{ field: option.field, direction }])}
          >
            {optionLabel(t, option, direction)}
          </option>
        )),
      )}
    </NativeSelectField>
  )
}
