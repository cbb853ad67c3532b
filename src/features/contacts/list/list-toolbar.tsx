import { lazy, memo, Suspense } from 'react'
import { useTranslation } from '../../../lib/i18n'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import DownloadIcon from '@mui/icons-material/FileDownloadOutlined'
import FilterListIcon from '@mui/icons-material/FilterList'
import type { ContactListParams } from '../api/contact-list-params'
import { ArchivedToggle } from './archived-toggle'
import { ColumnMenu } from './column-menu'
import { SearchField } from './search-field'
import { SortSelect } from './sort-select'
import type { ContactColumn } from './contact-columns'
import type { ListParamsPatch } from './use-list-url-state'
import type { Density } from './use-list-preferences'
import { withViewTexts } from '../views/views-texts'

// Saved views: their own chunk and texts, loaded with the toolbar (after it, never before the rows).
const ViewsControl = lazy(() => withViewTexts(import('../views/views-control')))

interface ListToolbarProps {
  params: ContactListParams
  columns: readonly ContactColumn[]
  visibleColumns: readonly ContactColumn[]
  isPhone: boolean
  density: Density
  onDensity: (density: Density) => void
  onColumnVisible: (columnId: string, visible: boolean) => void
  onUpdate: (patch: ListParamsPatch, options?: { replace?: boolean }) => void
  /** Search text as it is typed (debounced into the URL by the list state). */
  onSearchType: (search: string) => void
  onOpenFilters: () => void
  onOpenExport: () => void
}

/**
 * Saved views, search, filter, archived scope, sorting, columns and export, above the list. Memoised, with
 * props that stay the same while only the rows change: its MUI inputs and buttons were the costliest part
 * of the page's render when a page of contacts arrived.
 */
export const ListToolbar = memo(function ListToolbar({
  params,
  columns,
  visibleColumns,
  isPhone,
  density,
  onDensity,
  onColumnVisible,
  onUpdate,
  onSearchType,
  onOpenFilters,
  onOpenExport,
}: ListToolbarProps) {
  const { t } = useTranslation(['listTools', 'list'])
  const sortOptions = columns.flatMap((column) => column.sortFields)
  return (
    <Stack direction="row" sx={{ flexWrap: 'wrap', alignItems: 'center', gap: 1.5, mb: 2 }}>
      {/* First on wide screens; on phones beside Export, below the query controls. */}
      <Suspense fallback={<Box sx={{ width: 120, height: 36.5, order: { xs: 1, sm: 0 } }} />}>
        <ViewsControl columns={columns} visibleColumns={visibleColumns} onColumnVisible={onColumnVisible} />
      </Suspense>
      <QueryControls
        params={params}
        onUpdate={onUpdate}
        onSearchType={onSearchType}
        onOpenFilters={onOpenFilters}
      />
      <SortSelect
        sort={params.sort}
        options={sortOptions}
        onSort={(sort) => onUpdate({ sort })}
        fullWidth={isPhone}
      />
      {isPhone ? null : (
        <ColumnMenu
          columns={columns}
          visible={visibleColumns}
          onColumnVisible={onColumnVisible}
          density={density}
          onDensity={onDensity}
        />
      )}
      <Button
        variant="outlined"
        startIcon={<DownloadIcon />}
        onClick={onOpenExport}
        aria-haspopup="dialog"
        sx={{ ml: { sm: 'auto' }, order: { xs: 2, sm: 0 } }}
      >
        {t('export.button')}
      </Button>
    </Stack>
  )
})

/**
 * Search, filters and archived scope: memoised on the query alone, so that new columns (custom fields
 * arriving) do not render these inputs again.
 */
const QueryControls = memo(function QueryControls({
  params,
  onUpdate,
  onSearchType,
  onOpenFilters,
}: Pick<ListToolbarProps, 'params' | 'onUpdate' | 'onSearchType' | 'onOpenFilters'>) {
  const { t } = useTranslation(['listTools', 'list'])
  const count = params.conditions.length
  return (
    <>
      <SearchField
        value={params.search}
        onType={onSearchType}
        onSubmit={(search) => onUpdate({ search }, { replace: true })}
      />
      <Button
        variant="outlined"
        startIcon={<FilterListIcon />}
        onClick={onOpenFilters}
        aria-haspopup="dialog"
      >
        {count > 0 ? t('filters.buttonWithCount', { count }) : t('filters.button')}
      </Button>
      <ArchivedToggle value={params.archived} onChange={(archived) => onUpdate({ archived })} />
    </>
  )
})
