import { useTranslation } from '../lib/i18n'
import CircularProgress from '@mui/material/CircularProgress'
import Stack from '@mui/material/Stack'

/** Shown while a lazily loaded screen's code arrives (first load of a deep link). */
export function RouteLoading() {
  const { t } = useTranslation()
  return (
    <Stack sx={{ alignItems: 'center', py: 8 }}>
      <CircularProgress aria-label={t('loading')} />
    </Stack>
  )
}
