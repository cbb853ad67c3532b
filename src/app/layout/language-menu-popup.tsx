import Menu from '@mui/material/Menu'
import MenuItem from '@mui/material/MenuItem'
import { useTranslation } from '../../lib/i18n'
import { languages, type Language } from '../../lib/i18n'

export interface LanguageMenuPopupProps {
  anchor: HTMLElement | null
  current: Language
  onChoose: (language: Language) => void
  onClose: () => void
}

/** The language menu itself, loaded on first open (language-menu.tsx). */
export default function LanguageMenuPopup({ anchor, current, onChoose, onClose }: LanguageMenuPopupProps) {
  const { t } = useTranslation()
  return (
    <Menu
      anchorEl={anchor}
      open={anchor !== null}
      onClose={onClose}
      slotProps={{ list: { 'aria-label': t('language.menu') } }}
    >
      {languages.map((language) => (
        <MenuItem
          key={language}
          role="menuitemradio"
          aria-checked={language === current}
          selected={language === current}
          lang={language}
          onClick={() => onChoose(language)}
        >
          {t(`language.${language}`)}
        </MenuItem>
      ))}
    </Menu>
  )
}
