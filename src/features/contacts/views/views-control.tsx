/**
 * The "Views" control of the list toolbar (a lazy chunk with its texts): a button naming the view shown,
 * its menu, the naming dialog, and the note about parts of a view that no longer exist. Views hold the
 * list URL's query and the columns; opening one navigates to its URL (a new history entry) and shows its
 * columns. It also finishes what the boot module started: the start view's columns, and its check.
 */
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react'
import { useHref, useLocation, useNavigate } from 'react-router'
import Button from '@mui/material/Button'
import ArrowDropDownIcon from '@mui/icons-material/ArrowDropDown'
import BookmarksIcon from '@mui/icons-material/BookmarksOutlined'
import { useNotify } from '../../../components/notifications'
import { useTranslation } from '../../../lib/i18n'
import type { ContactColumn } from '../list/contact-columns'
import { withTools } from '../list/list-tools-texts'
import { takeBootStartView } from './boot-start-view'
import { isNameTaken, type SavedView } from './saved-views-record'
import { useCheckView } from './use-check-view'
import { useSavedViews } from './use-saved-views'
import { activeView, columnsState, viewSearch, viewSearchOfParams } from './view-state'
import type { ViewReferenceCheck } from './view-references'
import { withViewTexts } from './views-texts'

const ViewsMenuPopup = lazy(() => withViewTexts(import('./views-menu-popup')))
const ViewNameDialog = lazy(() => withViewTexts(import('./view-name-dialog')))
const VanishedNote = lazy(() => withTools(withViewTexts(import('./vanished-note'))))

export interface ViewsControlProps {
  columns: readonly ContactColumn[]
  visibleColumns: readonly ContactColumn[]
  onColumnVisible: (columnId: string, visible: boolean) => void
}

type Naming = { mode: 'save' } | { mode: 'rename'; view: SavedView }

// The view picked last, kept while the list is left for a contact and back (this page load only).
let lastPickedId: string | null = null
function rememberPicked(id: string | null) {
  lastPickedId = id
}

export default function ViewsControl({ columns, visibleColumns, onColumnVisible }: ViewsControlProps) {
  const { t } = useTranslation('views')
  const navigate = useNavigate()
  const location = useLocation()
  const listHref = useHref('/contacts')
  const notify = useNotify()
  const saved = useSavedViews()
  const checkView = useCheckView()
  const [pickedId, setPickedIdState] = useState(lastPickedId)
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  const [menuMounted, setMenuMounted] = useState(false)
  const [naming, setNaming] = useState<Naming | null>(null)
  const [note, setNote] = useState<{ name: string; check: ViewReferenceCheck } | null>(null)

  const setPickedId = (id: string | null) => {
    rememberPicked(id)
    setPickedIdState(id)
  }
  const search = viewSearch(location.search)
  const currentColumns = columnsState(columns, visibleColumns)
  const active = activeView(saved.views, pickedId, search, currentColumns)

  /** Goes to the view's URL, less what no longer exists, with its columns. */
  const show = useCallback(
    (view: SavedView, check: ViewReferenceCheck, replace: boolean) => {
      const target = viewSearchOfParams(check.params)
      for (const [id, shown] of Object.entries(view.columns)) onColumnVisible(id, shown)
      // Marked as picked once the list is there, so the button never reads "changed" in between.
      void Promise.resolve(
        navigate({ pathname: '/contacts', search: target ? `?${target}` : '' }, { replace }),
      ).then(() => {
        rememberPicked(view.id)
        setPickedIdState(view.id)
        const dropped = check.droppedConditions.length + check.droppedSort.length > 0
        setNote(dropped ? { name: view.name, check } : null)
      })
    },
    [navigate, onColumnVisible],
  )
  // A check still loading lookups when the list is left must not pull the user back to it.
  const mounted = useRef(false)
  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])
  const open = useCallback(
    (view: SavedView, replace: boolean) =>
      void checkView(view.search).then((check) => {
        if (mounted.current) show(view, check, replace)
      }),
    [checkView, show],
  )

  // Once per page load, as soon as the user is known: the start view the boot module opened.
  const { userId, views, startViewId } = saved
  useEffect(() => {
    if (userId === null) return
    const boot = takeBootStartView()
    if (!boot) return
    if (boot.userId !== userId) {
      // Another user used the list here last: this user's own start view, or the plain list.
      const own = views.find((view) => view.id === startViewId)
      if (own) open(own, true)
      else void navigate({ search: '' }, { replace: true })
      return
    }
    const view = views.find((candidate) => candidate.id === boot.viewId)
    if (view) open(view, true)
  }, [userId, views, startViewId, open, navigate])

  const stored = (ok: boolean, message: string) =>
    notify(ok ? { message, severity: 'success' } : { message: t('notices.notStored'), severity: 'error' })

  const handlers = {
    onPick: (view: SavedView) => open(view, false),
    onPickDefault: () => {
      setPickedId(null)
      setNote(null)
      void navigate({ search: '' })
    },
    onSave: () => setNaming({ mode: 'save' }),
    onRename: (view: SavedView) => setNaming({ mode: 'rename', view }),
    onUpdate: (view: SavedView) => {
      stored(
        saved.change(view.id, { search, columns: currentColumns }),
        t('notices.updated', { name: view.name }),
      )
      setNote(null)
    },
    onCopyLink: (view: SavedView) => {
      const link = new URL(`${listHref}${view.search ? `?${view.search}` : ''}`, window.location.href).href
      navigator.clipboard.writeText(link).then(
        () =>
          notify({
            id: 'view-link',
            message: t('notices.linkCopied', { name: view.name }),
            severity: 'success',
          }),
        () => notify({ id: 'view-link-failed', message: t('notices.copyFailed'), severity: 'error' }),
      )
    },
    onToggleStart: (view: SavedView) => {
      const unset = view.id === saved.startViewId
      stored(
        saved.setStart(unset ? null : view.id),
        t(unset ? 'notices.startUnset' : 'notices.startSet', { name: view.name }),
      )
    },
    onDelete: (view: SavedView) => {
      const undo = saved.remove(view.id)
      if (!undo) {
        stored(false, '')
        return
      }
      if (pickedId === view.id) setPickedId(null)
      notify({
        message: t('notices.deleted', { name: view.name }),
        action: { label: t('notices.undo'), onClick: () => void undo() },
      })
    },
  }

  const submitName = (name: string) => {
    if (naming?.mode === 'rename') {
      stored(saved.change(naming.view.id, { name }), t('notices.renamed', { name }))
    } else {
      const view = saved.save({ name, search, columns: currentColumns })
      if (view) setPickedId(view.id)
      stored(view !== null, t('notices.saved', { name }))
    }
    setNaming(null)
  }

  const label = active
    ? active.modified
      ? t('button.modified', { name: active.view.name })
      : active.view.name
    : t('button.label')
  return (
    <>
      {note ? (
        <Suspense fallback={null}>
          <VanishedNote
            viewName={note.name}
            conditions={note.check.droppedConditions}
            sortFields={note.check.droppedSort}
            onDismiss={() => setNote(null)}
          />
        </Suspense>
      ) : null}
      <Button
        variant="outlined"
        startIcon={<BookmarksIcon />}
        endIcon={<ArrowDropDownIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        aria-label={active ? t('button.labelWithView', { view: label }) : undefined}
        disabled={saved.userId === null}
        onClick={(event) => {
          setAnchor(event.currentTarget)
          setMenuMounted(true)
        }}
        sx={{
          order: { xs: 1, sm: 0 },
          // Beside Export on phones; on wide screens short enough to keep the toolbar one row at 1280 px.
          maxWidth: { xs: 'calc(100% - 160px)', sm: 190 },
          '& .MuiButton-endIcon': { ml: 0.5 },
        }}
      >
        <span style={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}>{label}</span>
      </Button>
      {menuMounted ? (
        <Suspense fallback={null}>
          <ViewsMenuPopup
            anchor={anchor}
            onClose={() => setAnchor(null)}
            views={saved.views}
            startViewId={saved.startViewId}
            active={active}
            isDefaultList={search === ''}
            {...handlers}
          />
        </Suspense>
      ) : null}
      {naming ? (
        <Suspense fallback={null}>
          <ViewNameDialog
            mode={naming.mode}
            initialName={naming.mode === 'rename' ? naming.view.name : ''}
            isTaken={(name) =>
              isNameTaken(saved.views, name, naming.mode === 'rename' ? naming.view.id : undefined)
            }
            onSubmit={submitName}
            onClose={() => setNaming(null)}
          />
        </Suspense>
      ) : null}
    </>
  )
}
