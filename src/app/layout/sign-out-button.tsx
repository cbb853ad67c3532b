import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from '../../lib/i18n'
import Button from '@mui/material/Button'
import IconButton from '@mui/material/IconButton'
import LogoutIcon from '@mui/icons-material/Logout'
import { useRuntimeConfig } from '../runtime-config'
import { clearAllDrafts } from '../../features/contacts/form/draft-storage'
import { leavePage } from '../../features/session/page-navigation'

/**
 * Another person may use this browser next: forget every cached contact and every stored draft, then let
 * the SSO proxy end the session. A form's own "write the draft when the page is left" runs on pagehide,
 * after this point, so the drafts are cleared once more then.
 */
function useSignOut(logoutUrl: string): () => void {
  const queryClient = useQueryClient()
  return () => {
    void queryClient.cancelQueries()
    queryClient.clear()
    clearAllDrafts()
    window.addEventListener('pagehide', clearAllDrafts)
    leavePage(logoutUrl)
  }
}

/** Shown only when config.json names the SSO proxy's sign-out address. */
export function SignOutButton({ variant = 'icon' }: { variant?: 'icon' | 'button' }) {
  const { t } = useTranslation()
  const { logoutUrl } = useRuntimeConfig()
  if (!logoutUrl) return null
  return <SignOutControl logoutUrl={logoutUrl} variant={variant} label={t('actions.signOut')} />
}

function SignOutControl({
  logoutUrl,
  variant,
  label,
}: {
  logoutUrl: string
  variant: 'icon' | 'button'
  label: string
}) {
  const signOut = useSignOut(logoutUrl)
  if (variant === 'button') {
    return (
      <Button variant="outlined" startIcon={<LogoutIcon />} onClick={signOut}>
        {label}
      </Button>
    )
  }
  // A native title, not MUI's Tooltip: the app bar is on the first page, and Tooltip brings Popper.
  return (
    <IconButton color="inherit" onClick={signOut} aria-label={label} title={label}>
      <LogoutIcon />
    </IconButton>
  )
}
