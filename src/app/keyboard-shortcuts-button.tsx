import { lazy, Suspense, useState } from 'react'
import { useTranslation } from '../lib/i18n'
import { useLocation, useNavigate } from 'react-router'
import IconButton from '@mui/material/IconButton'
import KeyboardIcon from '@mui/icons-material/KeyboardOutlined'
import { useKeyboardShortcuts } from '../lib/use-keyboard-shortcuts'

// Loaded on first use: the shell is on the first page, the help is rarely opened.
const ShortcutsHelpDialog = lazy(() =>
  import('./shortcuts-help-dialog').then((module) => ({ default: module.ShortcutsHelpDialog })),
)

const FORM_PATH = /\/(new|edit)$/

/**
 * The app-wide shortcuts: `?` opens the shortcut list (also reachable by this app-bar button, hidden on
 * phones, which rarely have a keyboard), `n` starts a new contact — except inside a form, where a stray
 * key must not lead away from the user's edits. Page shortcuts (`/`, `e`) live with their pages.
 */
export function KeyboardShortcutsButton() {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const { pathname } = useLocation()
  const [open, setOpen] = useState(false)
  useKeyboardShortcuts({
    '?': () => setOpen(true),
    n: FORM_PATH.test(pathname) ? undefined : () => void navigate('/contacts/new'),
  })
  return (
    <>
      {/* A native title, not MUI's Tooltip: the app bar is on the first page, and Tooltip brings Popper. */}
      <IconButton
        color="inherit"
        aria-label={t('shortcuts.button')}
        title={t('shortcuts.button')}
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        onClick={() => setOpen(true)}
        sx={{ display: { xs: 'none', md: 'inline-flex' } }}
      >
        <KeyboardIcon />
      </IconButton>
      {open ? (
        <Suspense fallback={null}>
          <ShortcutsHelpDialog open onClose={() => setOpen(false)} />
        </Suspense>
      ) : null}
    </>
  )
}
