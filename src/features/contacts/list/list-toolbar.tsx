import { useTranslation } from '../../../lib/i18n'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined'
import FilterListIcon from '@mui/icons-material/FilterList'
import type { ContactListParams } from '../api/contact-list-params'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { ArchivedToggle } from './archived-toggle'
import { ColumnMenu } from './column-menu'
import { SearchField } from './search-field'
import { SortSelect } from './sort-select'
import type { ContactTableModel } from './use-contact-table'
import type { ListParamsPatch } from './use-list-url-state'
import type { useListPreferences } from './use-list-preferences'

const DATE_SORTS = new Set(['created_at'])

/** Search, filter, archived scope, sorting (phones), columns and export, above the list. */
export function ListToolbar({
  params,
  table,
  customFields,
  isPhone,
  preferences,
  onUpdate,
  onOpenFilters,
  onOpenExport,
}: {
  params: ContactListParams
  table: ContactTableModel
  customFields: readonly CustomFieldInfo[]
  isPhone: boolean
  preferences: ReturnType<typeof useListPreferences>
  onUpdate: (patch: ListParamsPatch, options?: { replace?: boolean }) => void
  onOpenFilters: () => void
  onOpenExport: () => void
}) {
  const { t } = useTranslation('list')
  const count = params.conditions.length
  const sortOptions = table.columns
    .flatMap((column) => column.sortFields)
    .map((option) => ({
      ...option,
      isDate:
        DATE_SORTS.has(option.field) ||
        customFields.some(
          (field) => `custom_fields.${field.alias}` === option.field && field.kind === 'date',
        ),
    }))
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mb: 2 }}>
      <SearchField value={params.search} onChange={(search) => onUpdate({ search }, { replace: true })} />
      <Button
        variant="outlined"
        startIcon={<FilterListIcon />}
        onClick={onOpenFilters}
        aria-haspopup="dialog"
      >
        {count > 0 ? t('filters.buttonWithCount', { count }) : t('filters.button')}
      </Button>
      <ArchivedToggle value={params.archived} onChange={(archived) => onUpdate({ archived })} />
      {isPhone ? (
        <SortSelect sort={params.sort} options={sortOptions} onSort={(sort) => onUpdate({ sort })} />
      ) : (
        <ColumnMenu
          columns={table.columns}
          visible={table.visibleColumns}
          onColumnVisible={preferences.setColumnVisible}
          density={preferences.density}
          onDensity={preferences.setDensity}
        />
      )}
      <Button
        variant="outlined"
        startIcon={<DownloadIcon />}
        onClick={onOpenExport}
        aria-haspopup="dialog"
        sx={{ ml: { sm: 'auto' } }}
      >
        {t('export.button')}
      </Button>
    </Stack>
  )
}
