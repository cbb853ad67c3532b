import { lazy, Suspense, useState } from 'react'
import { useTranslation } from '../../../lib/i18n'
import Button from '@mui/material/Button'
import ViewColumnIcon from '@mui/icons-material/ViewColumnOutlined'
import type { ColumnMenuPopupProps } from './column-menu-popup'
import { withTools } from './list-tools-texts'

// The menu (Menu items, subheaders, icons) loads on first open: it is not needed to show the list.
const ColumnMenuPopup = lazy(() => withTools(import('./column-menu-popup')))

/** The "Columns" button: column chooser and row density; both remembered in this browser by the caller. */
export function ColumnMenu(props: Omit<ColumnMenuPopupProps, 'anchor' | 'onClose'>) {
  const { t } = useTranslation(['listTools', 'list'])
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  // Mounted from the first open on, so later closes keep the menu's exit transition.
  const [opened, setOpened] = useState(false)
  return (
    <>
      <Button
        variant="outlined"
        startIcon={<ViewColumnIcon />}
        aria-haspopup="menu"
        aria-expanded={anchor !== null}
        onClick={(event) => {
          setAnchor(event.currentTarget)
          setOpened(true)
        }}
      >
        {t('columnsMenu.button')}
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <ColumnMenuPopup {...props} anchor={anchor} onClose={() => setAnchor(null)} />
        </Suspense>
      ) : null}
    </>
  )
}
