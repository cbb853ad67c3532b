import { lazy, Suspense, useState } from 'react'
import Button from '@mui/material/Button'
import TranslateIcon from '@mui/icons-material/Translate'
import { currentLanguage, setLanguage, useTranslation } from '../../lib/i18n'

// The menu loads on first open (or when the pointer comes near): it is not needed to show the list.
const loadPopup = () => import('./language-menu-popup')
const LanguageMenuPopup = lazy(loadPopup)

export function LanguageMenu() {
  const { t } = useTranslation()
  const [anchor, setAnchor] = useState<HTMLElement | null>(null)
  // Mounted from the first open on, so later closes keep the menu's exit transition.
  const [opened, setOpened] = useState(false)
  const current = currentLanguage()
  return (
    <>
      <Button
        color="inherit"
        startIcon={<TranslateIcon />}
        aria-label={t('language.button', { current: current.toUpperCase() })}
        aria-haspopup="menu"
        aria-expanded={anchor ? 'true' : undefined}
        onPointerEnter={() => void loadPopup()}
        onFocus={() => void loadPopup()}
        onClick={(event) => {
          setAnchor(event.currentTarget)
          setOpened(true)
        }}
      >
        {current.toUpperCase()}
      </Button>
      {opened ? (
        <Suspense fallback={null}>
          <LanguageMenuPopup
            anchor={anchor}
            current={current}
            onClose={() => setAnchor(null)}
            onChoose={(language) => {
              setAnchor(null)
              void setLanguage(language)
            }}
          />
        </Suspense>
      ) : null}
    </>
  )
}
