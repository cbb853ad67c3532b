import { useSyncExternalStore } from 'react'
import { onlineManager } from '@tanstack/react-query'
import { useTranslation } from '../../lib/i18n'
import Alert from '@mui/material/Alert'
import Button from '@mui/material/Button'
import Container from '@mui/material/Container'
import Stack from '@mui/material/Stack'
import CloudOffIcon from '@mui/icons-material/CloudOffOutlined'

const subscribeOnline = (listener: () => void) => onlineManager.subscribe(listener)
const isOnline = () => onlineManager.isOnline()

/** TanStack's view of the connection: it pauses queries while offline and resumes them when back. */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, isOnline, () => true)
}

/** Lasting notices under the app bar: offline, and an expired session after "Not now". */
export function SessionBanners({ expired, onSignIn }: { expired: boolean; onSignIn: () => void }) {
  const { t } = useTranslation('session')
  const online = useOnline()
  if (online && !expired) return null
  return (
    // Same width and gutters as the page below, so the banners line up with the content.
    <Container maxWidth="xl" sx={{ pt: { xs: 2, sm: 3 } }}>
      <Stack sx={{ gap: 1 }}>
        {online ? null : (
          <Alert severity="warning" icon={<CloudOffIcon />} role="status">
            {t('offline.banner')}
          </Alert>
        )}
        {expired ? (
          <Alert
            severity="info"
            role="status"
            action={
              <Button color="inherit" size="small" onClick={onSignIn}>
                {t('expired.signIn')}
              </Button>
            }
          >
            {t('expired.banner')}
          </Alert>
        ) : null}
      </Stack>
    </Container>
  )
}
