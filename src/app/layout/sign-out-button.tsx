import { useTranslation } from 'react-i18next'
import IconButton from '@mui/material/IconButton'
import Tooltip from '@mui/material/Tooltip'
import LogoutIcon from '@mui/icons-material/Logout'
import { useRuntimeConfig } from '../runtime-config'

/** Shown only when config.json names the SSO proxy's sign-out address. */
export function SignOutButton() {
  const { t } = useTranslation()
  const { logoutUrl } = useRuntimeConfig()
  if (!logoutUrl) return null
  return (
    <Tooltip title={t('actions.signOut')}>
      <IconButton color="inherit" href={logoutUrl} aria-label={t('actions.signOut')}>
        <LogoutIcon />
      </IconButton>
    </Tooltip>
  )
}
