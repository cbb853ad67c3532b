import Divider from '@mui/material/Divider'
import ListItemIcon from '@mui/material/ListItemIcon'
import ListItemText from '@mui/material/ListItemText'
import ListSubheader from '@mui/material/ListSubheader'
import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import AddIcon from '@mui/icons-material/Add'
import CheckIcon from '@mui/icons-material/Check'
import DeleteIcon from '@mui/icons-material/DeleteOutlined'
import EditIcon from '@mui/icons-material/EditOutlined'
import LinkIcon from '@mui/icons-material/Link'
import SyncIcon from '@mui/icons-material/Sync'
import StarIcon from '@mui/icons-material/Star'
import StarBorderIcon from '@mui/icons-material/StarBorder'
import { useTranslation } from '../../../lib/i18n'
import { sortedViews, type SavedView } from './saved-views-record'

export interface ViewsMenuPopupProps {
  /** The trigger while the menu is open; null when closed. */
  anchor: HTMLElement | null
  onClose: () => void
  views: readonly SavedView[]
  startViewId: string | null
  /** The view the list shows (null: none), and whether the list was changed since it was opened. */
  active: { view: SavedView; modified: boolean } | null
  /** The list shows its default state (no search, filter, sorting or page size). */
  isDefaultList: boolean
  onPick: (view: SavedView) => void
  onPickDefault: () => void
  onSave: () => void
  onUpdate: (view: SavedView) => void
  onRename: (view: SavedView) => void
  onCopyLink: (view: SavedView) => void
  onToggleStart: (view: SavedView) => void
  onDelete: (view: SavedView) => void
}

const checkSlot = (checked: boolean) => (
  <ListItemIcon>{checked ? <CheckIcon fontSize="small" color="primary" /> : null}</ListItemIcon>
)

/**
 * The saved views menu (a lazy chunk, loaded on first open): the views to pick, with the start view
 * marked; saving the current state; and what can be done with the view shown now.
 */
export default function ViewsMenuPopup(props: ViewsMenuPopupProps) {
  const { anchor, onClose, views, startViewId, active, isDefaultList } = props
  const { t } = useTranslation('views')
  const act = (action: () => void) => () => {
    onClose()
    action()
  }
  const current = active?.view ?? null
  const isStart = current !== null && current.id === startViewId
  return (
    <Menu
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      slotProps={{ paper: { sx: { minWidth: 260, maxWidth: 'min(360px, calc(100vw - 32px))' } } }}
    >
      <ListSubheader>{t('menu.title')}</ListSubheader>
      <MenuItem
        role="menuitemradio"
        aria-checked={active === null && isDefaultList}
        dense
        onClick={act(props.onPickDefault)}
      >
        {checkSlot(active === null && isDefaultList)}
        <ListItemText>{t('menu.defaultList')}</ListItemText>
      </MenuItem>
      {sortedViews(views).map((view) => (
        <MenuItem
          key={view.id}
          role="menuitemradio"
          aria-checked={current?.id === view.id}
          dense
          onClick={act(() => props.onPick(view))}
        >
          {checkSlot(current?.id === view.id)}
          <ListItemText
            primary={view.name}
            secondary={view.id === startViewId ? t('menu.startView') : null}
            slotProps={{ primary: { noWrap: true } }}
          />
          {view.id === startViewId ? <StarIcon fontSize="small" color="action" sx={{ ml: 1 }} /> : null}
        </MenuItem>
      ))}
      {views.length === 0 ? (
        <MenuItem disabled dense>
          <ListItemText inset>{t('menu.empty')}</ListItemText>
        </MenuItem>
      ) : null}
      <Divider />
      <MenuItem dense onClick={act(props.onSave)} aria-haspopup="dialog">
        <ListItemIcon>
          <AddIcon fontSize="small" />
        </ListItemIcon>
        <ListItemText>{t('menu.save')}</ListItemText>
      </MenuItem>
      {current
        ? [
            <Divider key="divider" />,
            <ListSubheader
              key="title"
              sx={{ overflow: 'hidden', textOverflow: 'ellipsis', whiteSpace: 'nowrap' }}
            >
              {t('menu.manage', { name: current.name })}
            </ListSubheader>,
            <MenuItem
              key="update"
              dense
              disabled={!active?.modified}
              onClick={act(() => props.onUpdate(current))}
            >
              <ListItemIcon>
                <SyncIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText>{t('menu.update')}</ListItemText>
            </MenuItem>,
            <MenuItem key="rename" dense aria-haspopup="dialog" onClick={act(() => props.onRename(current))}>
              <ListItemIcon>
                <EditIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText>{t('menu.rename')}</ListItemText>
            </MenuItem>,
            <MenuItem key="link" dense onClick={act(() => props.onCopyLink(current))}>
              <ListItemIcon>
                <LinkIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText>{t('menu.copyLink')}</ListItemText>
            </MenuItem>,
            <MenuItem key="start" dense onClick={act(() => props.onToggleStart(current))}>
              <ListItemIcon>
                {isStart ? <StarBorderIcon fontSize="small" /> : <StarIcon fontSize="small" />}
              </ListItemIcon>
              <ListItemText>{isStart ? t('menu.unsetStart') : t('menu.setStart')}</ListItemText>
            </MenuItem>,
            <MenuItem key="delete" dense onClick={act(() => props.onDelete(current))}>
              <ListItemIcon>
                <DeleteIcon fontSize="small" />
              </ListItemIcon>
              <ListItemText>{t('menu.delete')}</ListItemText>
            </MenuItem>,
          ]
        : null}
    </Menu>
  )
}
