import { Fragment } from 'react'
import { useTranslation } from '../lib/i18n'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import Dialog from '@mui/material/Dialog'
import DialogActions from '@mui/material/DialogActions'
import DialogContent from '@mui/material/DialogContent'
import DialogTitle from '@mui/material/DialogTitle'
import Typography from '@mui/material/Typography'

type Group = 'everywhere' | 'list' | 'detail' | 'form'
type Action =
  'help' | 'newContact' | 'closeDialog' | 'search' | 'clearSearch' | 'rows' | 'openRow' | 'edit' | 'save'

/** Each row: alternatives (joined by "or"), each a key combination (keys shown as separate <kbd>). */
const SHORTCUTS: readonly { group: Group; rows: readonly { keys: string[][]; action: Action }[] }[] = [
  {
    group: 'everywhere',
    rows: [
      { keys: [['?']], action: 'help' },
      { keys: [['N']], action: 'newContact' },
      { keys: [['Esc']], action: 'closeDialog' },
    ],
  },
  {
    group: 'list',
    rows: [
      { keys: [['/']], action: 'search' },
      { keys: [['Esc']], action: 'clearSearch' },
      { keys: [['↑'], ['↓']], action: 'rows' },
      { keys: [['Enter']], action: 'openRow' },
    ],
  },
  { group: 'detail', rows: [{ keys: [['E']], action: 'edit' }] },
  {
    group: 'form',
    rows: [
      {
        keys: [
          ['Ctrl', 'S'],
          ['⌘', 'S'],
        ],
        action: 'save',
      },
    ],
  },
]

const kbdStyle = {
  display: 'inline-block',
  minWidth: '1.75em',
  px: 0.75,
  py: 0.25,
  border: 1,
  borderColor: 'divider',
  borderBottomWidth: 2,
  borderRadius: 1,
  bgcolor: 'action.hover',
  fontFamily: 'monospace',
  fontSize: '0.875rem',
  lineHeight: 1.4,
  textAlign: 'center',
} as const

function Keys({ keys }: { keys: string[][] }) {
  const { t } = useTranslation()
  return (
    <Box component="span" sx={{ display: 'inline-flex', flexWrap: 'wrap', alignItems: 'center', gap: 0.5 }}>
      {keys.map((combination, index) => (
        <Fragment key={combination.join('+')}>
          {index > 0 ? (
            <Box component="span" sx={{ color: 'text.secondary', fontSize: '0.875rem' }}>
              {t('shortcuts.or')}
            </Box>
          ) : null}
          <Box component="kbd" sx={{ display: 'inline-flex', gap: 0.25 }}>
            {combination.map((key) => (
              <Box component="kbd" key={key} sx={kbdStyle}>
                {/* German keyboards label Ctrl "Strg". */}
                {key === 'Ctrl' ? t('shortcuts.ctrlKey') : key}
              </Box>
            ))}
          </Box>
        </Fragment>
      ))}
    </Box>
  )
}

/** The list of keyboard shortcuts, opened with `?` or the keyboard button in the app bar. */
export function ShortcutsHelpDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation()
  return (
    <Dialog open={open} onClose={onClose} fullWidth maxWidth="sm" aria-labelledby="shortcuts-help-title">
      <DialogTitle id="shortcuts-help-title">{t('shortcuts.title')}</DialogTitle>
      <DialogContent>
        <Typography variant="body2" sx={{ color: 'text.secondary', mb: 2 }}>
          {t('shortcuts.intro')}
        </Typography>
        {SHORTCUTS.map(({ group, rows }) => (
          <Box component="section" key={group} sx={{ '& + &': { mt: 2.5 } }}>
            <Typography variant="subtitle2" component="h2" sx={{ mb: 1 }}>
              {t(`shortcuts.groups.${group}`)}
            </Typography>
            <Box
              component="dl"
              sx={{
                display: 'grid',
                // One key column width for every section, so the actions line up across them.
                gridTemplateColumns: '9.5rem 1fr',
                columnGap: 2,
                rowGap: 1,
                alignItems: 'center',
                m: 0,
              }}
            >
              {rows.map((row) => (
                <Fragment key={row.action}>
                  <Box component="dt">
                    <Keys keys={row.keys} />
                  </Box>
                  <Box component="dd" sx={{ m: 0 }}>
                    {t(`shortcuts.${row.action}`)}
                  </Box>
                </Fragment>
              ))}
            </Box>
          </Box>
        ))}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('actions.close')}</Button>
      </DialogActions>
    </Dialog>
  )
}
