import { useId, useRef, useState } from 'react'
import { useTranslation } from '../../../lib/i18n'
import IconButton from '@mui/material/IconButton'
import InputAdornment from '@mui/material/InputAdornment'
import FormControl from '@mui/material/FormControl'
import InputLabel from '@mui/material/InputLabel'
import OutlinedInput from '@mui/material/OutlinedInput'
import ClearIcon from '@mui/icons-material/Clear'
import SearchIcon from '@mui/icons-material/Search'
import { useKeyboardShortcuts } from '../../../lib/use-keyboard-shortcuts'

/**
 * Quick search. The text is local while typing; `onType` hands each change to the list state, which
 * debounces it into the URL (the query key follows the URL), and Enter applies it at once. A change of
 * the URL from elsewhere (Back, "Clear filters") is taken over into the box.
 */
export function SearchField({
  value,
  onType,
  onSubmit,
}: {
  value: string
  onType: (value: string) => void
  onSubmit: (value: string) => void
}) {
  const { t } = useTranslation(['listTools', 'list'])
  const [text, setText] = useState(value)
  const [seenValue, setSeenValue] = useState(value)
  // Texts handed to `onType` since the box and the URL last agreed: one of them arriving is our own
  // debounced echo, and must not wipe out what was typed after it.
  const [typed, setTyped] = useState<readonly string[]>([])
  const inputRef = useRef<HTMLInputElement>(null)
  // `/` jumps to the search from anywhere on the list (as on GitHub, Gmail); the text is selected to retype.
  useKeyboardShortcuts({ '/': () => inputRef.current?.select() })
  if (value !== seenValue) {
    setSeenValue(value)
    if (!typed.includes(value)) setText(value)
    if (!typed.includes(value) || value === text) setTyped([])
  }

  const type = (next: string) => {
    setText(next)
    setTyped((previous) => [...previous, next])
    onType(next)
  }

  // FormControl + OutlinedInput is what TextField renders, without TextField's Select (and its Menu,
  // Popover, Modal), which would otherwise be on the first page only for this field.
  const id = useId()
  return (
    <FormControl
      size="small"
      // Our clear button replaces Chrome's own, which would otherwise show next to it.
      sx={{
        flex: '1 1 200px',
        maxWidth: { sm: 420 },
        '& input::-webkit-search-cancel-button': { display: 'none' },
      }}
    >
      <InputLabel htmlFor={id}>{t('search.label')}</InputLabel>
      <OutlinedInput
        id={id}
        type="search"
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={text}
        inputRef={inputRef}
        onChange={(event) => type(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') onSubmit(text)
          if (event.key === 'Escape' && text !== '') {
            event.preventDefault()
            type('')
          }
        }}
        inputProps={{ maxLength: 200, 'aria-keyshortcuts': '/' }}
        startAdornment={
          <InputAdornment position="start">
            <SearchIcon fontSize="small" />
          </InputAdornment>
        }
        endAdornment={
          // Always there, hidden (also from the keyboard and screen readers) while empty: mounted by the
          // first keystroke, its new styles made Chromium restyle the whole page (docs/performance.md).
          <InputAdornment position="end" style={text ? undefined : { visibility: 'hidden' }}>
            <IconButton size="small" aria-label={t('search.clear')} onClick={() => type('')} edge="end">
              <ClearIcon fontSize="small" />
            </IconButton>
          </InputAdornment>
        }
      />
    </FormControl>
  )
}
