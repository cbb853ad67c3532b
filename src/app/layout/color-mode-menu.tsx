import { lazy, Suspense, useState } from 'react'
import { useTranslation } from '../../lib/i18n'
import IconButton from '@mui/material/IconButton'
import { useColorScheme } from '@mui/material/styles'
import { colorModes } from './color-modes'

// The menu loads on first open (or when the pointer comes near): it is not needed to show the list.
const loadPopup = () => import('./color-mode-menu-popup')
const ColorModeMenuPopup = lazy(loadPopup)

export function ColorModeMenu() {
  const { t } = useTranslation()
  const { mode, setMode } = useColorScheme()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  // Mounted from the first open on, so later closes keep the menu's exit transition.
  const [opened, setOpened] = useState(false)
  const current = colorModes.find((entry) => entry.mode === mode) ?? colorModes[0]
  return (
    <>
      <IconButton
        color="inherit"
        aria-label={t('colorMode.button', { current: t(`colorMode.${current.mode}`) })}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onPointerEnter={() => void loadPopup()}
        onFocus={() => void loadPopup()}
        onClick={(event) => {
          setAnchor(event.currentTarget)
          setOpened(true)
        }}
      >
        <current.Icon />
      </IconButton>
      {opened ? (
        <Suspense fallback={null}>
          <ColorModeMenuPopup
            anchor={anchor}
            current={current.mode}
            onClose={() => setAnchor(null)}
            onChoose={(option) => {
              setAnchor(null)
              setMode(option)
            }}
          />
        </Suspense>
      ) : null}
    </>
  )
}
