/**
 * The contacts list, the page staff live in all day. URL → params → query → table; every control
 * writes the URL and nothing else, so any state can be shared, reloaded and navigated with Back.
 */
import { lazy, Suspense, useCallback, useEffect, useMemo, useState } from 'react'
import { useTranslation } from '../../../lib/i18n'
import { Link as RouterLink, useLocation, useNavigate } from 'react-router'
import { useQueryClient } from '@tanstack/react-query'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import useMediaQuery from '@mui/material/useMediaQuery'
import { useTheme } from '@mui/material/styles'
import AddIcon from '@mui/icons-material/Add'
import { PageHeader } from '../../../components/page-header'
import { TopProgressBar } from '../../../components/top-progress-bar'
import { preloadWhenIdle } from '../../../lib/lazy-parts'
import { markFirstContentPainted } from '../../../lib/first-content'
import { withTools } from './list-tools-texts'
import type { Contact } from '../../../api/schemas/contact'
import { usePermissionDenied } from '../../session/use-session'
import { contactQueries } from '../api/contact-queries'
import { ContactTable } from './contact-table'
import { listErrorInfo } from './list-error-info'
import { nextSort } from './sort-state'
import { useContactListData } from './use-contact-list-data'
import { useContactTable } from './use-contact-table'
import { useListPreferences } from './use-list-preferences'
import { useListUrlState } from './use-list-url-state'

// The toolbar and the paging bring MUI's whole input family; the first rows do not need them, so they
// load beside the first page of contacts, behind placeholders of their height (the toolbar with its texts).
const ListToolbar = lazy(() =>
  withTools(import('./list-toolbar')).then((module) => ({ default: module.ListToolbar })),
)
const ListPagination = lazy(() =>
  import('./list-pagination').then((module) => ({ default: module.ListPagination })),
)

// Only after a failed load, or once the server has refused an action: not needed for the first rows.
const ListError = lazy(() =>
  withTools(import('./list-error')).then((module) => ({ default: module.ListError })),
)
const ReadOnlyNotice = lazy(() =>
  import('../../session/read-only-notice').then((module) => ({ default: module.ReadOnlyNotice })),
)

// Phones only: desktops never load it; on a phone it starts with the first render, beside the first page.
const ContactCardList = lazy(() =>
  import('./contact-card-list').then((module) => ({ default: module.ContactCardList })),
)
const FilterPanel = lazy(() => withTools(import('./filter-panel')))
// The bar for selected rows (with its texts): fetched once the browser is idle, shown once rows are selected.
const loadBulkActions = () => withTools(import('./bulk-actions'))
const BulkActions = lazy(() => loadBulkActions().then((module) => ({ default: module.BulkActions })))

// Only for an address with parts the list could not use (an old bookmark, a hand-edited link).
const DroppedParamsNote = lazy(() =>
  withTools(import('./dropped-params-note')).then((module) => ({ default: module.DroppedParamsNote })),
)

// Only shown while filters are set; its toggle and chips are not needed to show an unfiltered list.
const FilterChips = lazy(() =>
  withTools(import('./filter-chips')).then((module) => ({ default: module.FilterChips })),
)
const ExportDialog = lazy(() => withTools(import('../export/export-dialog')))
// Only for a search or filter without results (or an empty workspace); fetched when the browser is idle.
const loadListEmpty = () => withTools(import('./list-empty'))
const ListEmpty = lazy(() => loadListEmpty().then((module) => ({ default: module.ListEmpty })))

export function ContactListPage() {
  const { t } = useTranslation('list')
  const navigate = useNavigate()
  const location = useLocation()
  const queryClient = useQueryClient()
  const isPhone = useMediaQuery(useTheme().breakpoints.down('sm'))
  useEffect(() => preloadWhenIdle(() => Promise.all([loadBulkActions(), loadListEmpty()])), [])
  const { params, dropped, update, searchLater, goToCursor, normalize } = useListUrlState()
  const { list, rows, customFields } = useContactListData(params)
  const preferences = useListPreferences()
  const { table, selectedContacts, replaceSelection, clearSelection } = useContactTable({
    rows,
    customFields,
    storedVisibility: preferences.visibility,
    // Paging keeps the selection; another search, filter or sort starts a new one.
    selectionScope: JSON.stringify({ ...params, cursor: null, pageSize: null }),
  })
  // The filter panel: null when closed, -1 to add a condition, else the index of the one being edited.
  const [filterAt, setFilterAt] = useState<number | null>(null)
  const [exportOpen, setExportOpen] = useState(false)
  // Mounted from the first selection on: a bulk archive empties the selection (the rows leave the list)
  // while its dialog still runs.
  const [bulkMounted, setBulkMounted] = useState(false)
  if (selectedContacts.length > 0 && !bulkMounted) setBulkMounted(true)
  const openFilters = useCallback(() => setFilterAt(-1), [])
  const openExport = useCallback(() => setExportOpen(true), [])
  const createDenied = usePermissionDenied('create')
  const archiveDenied = usePermissionDenied('archive')

  const error =
    list.isError && !list.isFetching
      ? listErrorInfo(list.error, params.conditions, params.cursor !== null)
      : null
  const refusedIndex = error?.kind === 'filter' ? error.conditionIndex : null
  const removeCondition = (index: number) =>
    update({ conditions: params.conditions.filter((_, i) => i !== index) })
  const clearAll = () => update({ search: '', conditions: [], match: 'and' })
  const hasQuery = params.search.trim() !== '' || params.conditions.length > 0

  const actions = {
    onOpen: (contact: Contact) =>
      void navigate(`/contacts/${encodeURIComponent(contact.id)}`, {
        state: { from: location.pathname + location.search },
      }),
    // Prefetch only: a failure surfaces when the detail page really asks.
    onPrefetch: (contact: Contact) =>
      void queryClient.query(contactQueries.detail(contact.id)).catch(() => undefined),
  }
  const loading = list.isPending
  useEffect(() => {
    if (!loading) markFirstContentPainted()
  }, [loading])
  // The same element while the title and permission stay: React then skips rendering the header again.
  const header = useMemo(
    () => (
      <PageHeader
        title={t('title')}
        actions={
          <Button
            component={RouterLink}
            to="/contacts/new"
            variant="contained"
            startIcon={<AddIcon />}
            disabled={createDenied}
          >
            {t('newContact')}
          </Button>
        }
      />
    ),
    [t, createDenied],
  )
  const onSort = useCallback(
    (field: string) => update({ sort: nextSort(params.sort, field) }),
    [params.sort, update],
  )
  const onPageSize = useCallback((pageSize: number) => update({ pageSize }), [update])
  const showRows = !error && rows !== undefined && rows.length > 0

  return (
    <>
      {header}
      {createDenied || archiveDenied ? (
        <Suspense fallback={null}>
          <ReadOnlyNotice actions={['create', 'archive']} />
        </Suspense>
      ) : null}
      {dropped.length > 0 ? (
        <Suspense fallback={null}>
          <DroppedParamsNote dropped={dropped} onDismiss={normalize} />
        </Suspense>
      ) : null}
      <Suspense fallback={<Box sx={{ minHeight: 40, mb: 2 }} />}>
        <ListToolbar
          params={params}
          columns={table.columns}
          visibleColumns={table.visibleColumns}
          isPhone={isPhone}
          density={preferences.density}
          onDensity={preferences.setDensity}
          onColumnVisible={preferences.setColumnVisible}
          onUpdate={update}
          onSearchType={searchLater}
          onOpenFilters={openFilters}
          onOpenExport={openExport}
        />
      </Suspense>
      {params.conditions.length > 0 ? (
        <Suspense fallback={null}>
          <FilterChips
            conditions={params.conditions}
            match={params.match}
            customFields={customFields}
            refusedIndex={refusedIndex}
            onEdit={setFilterAt}
            onRemove={removeCondition}
            onMatch={(match) => update({ match })}
            onClear={clearAll}
          />
        </Suspense>
      ) : null}
      {bulkMounted ? (
        <Suspense fallback={null}>
          <BulkActions
            selected={selectedContacts}
            params={params}
            customFields={customFields}
            onReplace={replaceSelection}
            onFinished={clearSelection}
          />
        </Suspense>
      ) : null}
      <Paper
        variant="outlined"
        sx={{
          position: 'relative',
          overflow: 'hidden',
          ...(isPhone ? { border: 0, bgcolor: 'transparent' } : {}),
        }}
      >
        <TopProgressBar active={list.isFetching && !loading} />
        {error ? (
          <Suspense fallback={null}>
            <ListError
              info={error}
              refusedCondition={refusedIndex !== null ? (params.conditions[refusedIndex] ?? null) : null}
              customFields={customFields}
              onRemoveCondition={() => refusedIndex !== null && removeCondition(refusedIndex)}
              onFirstPage={() => goToCursor(null)}
              onRetry={() => void list.refetch()}
            />
          </Suspense>
        ) : null}
        {!error && !loading && rows?.length === 0 ? (
          <Suspense fallback={null}>
            <ListEmpty hasQuery={hasQuery} onClear={clearAll} />
          </Suspense>
        ) : null}
        {loading || showRows ? (
          isPhone ? (
            <Suspense fallback={null}>
              <ContactCardList table={table} loading={loading} actions={actions} />
            </Suspense>
          ) : (
            <ContactTable
              table={table}
              sort={params.sort}
              onSort={onSort}
              density={preferences.density}
              loading={loading}
              actions={actions}
            />
          )
        ) : null}
        {/* From the first load on, so the rows arriving only enable its buttons. */}
        {loading || showRows || params.cursor !== null ? (
          <Suspense fallback={<Box sx={{ minHeight: 68 }} />}>
            <ListPagination
              pageSize={params.pageSize}
              onPageSize={onPageSize}
              prevCursor={list.isPlaceholderData ? null : (list.data?.meta.prev_cursor ?? null)}
              nextCursor={list.isPlaceholderData ? null : (list.data?.meta.next_cursor ?? null)}
              onPage={goToCursor}
              disabled={list.isPlaceholderData}
            />
          </Suspense>
        ) : null}
      </Paper>
      <Suspense fallback={null}>
        {filterAt !== null ? (
          <FilterPanel
            key={filterAt}
            customFields={customFields}
            conditions={params.conditions}
            at={filterAt}
            onChange={(conditions) => update({ conditions })}
            onClose={() => setFilterAt(null)}
          />
        ) : null}
        {exportOpen ? (
          <ExportDialog params={params} customFields={customFields} onClose={() => setExportOpen(false)} />
        ) : null}
      </Suspense>
    </>
  )
}
