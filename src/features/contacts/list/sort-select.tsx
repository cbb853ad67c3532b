import { useTranslation } from '../../../lib/i18n'
import { NativeSelectField } from '../../../components/native-select-field'
import { buildSort } from '../../../lib/filter'
import type { SortFieldOption } from './contact-columns'
import { activeSort } from './sort-state'

const DEFAULT = 'default'

/** Key suffix per value kind: "A → Z", "0 → 9", "oldest first", "No first" (see the `sort` texts). */
const KIND_SUFFIX = { text: '', number: 'Number', date: 'Date', boolean: 'Boolean' } as const

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
  const { t } = useTranslation(['listTools', 'list'])
  const current = activeSort(sort)
  const value = (current && buildSort([current])) ?? DEFAULT
  return (
    <NativeSelectField
      label={t('sort.label')}
      value={value}
      onChange={(next) => onSort(next === DEFAULT ? undefined : next)}
      sx={{ flex: fullWidth ? '1 1 100%' : 'none' }}
    >
      <option value={DEFAULT}>{t('sort.default')}</option>
      {options.flatMap((option) =>
        (['asc', 'desc'] as const).map((direction) => (
          <option
            key={`${option.field}-${direction}`}
            value={buildSort([{ field: option.field, direction }])}
          >
            {t(`sort.${direction}${KIND_SUFFIX[option.kind]}`, { field: option.label })}
          </option>
        )),
      )}
    </NativeSelectField>
  )
}
