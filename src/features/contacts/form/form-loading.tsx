import { useTranslation } from '../../../lib/i18n'
import CircularProgress from '@mui/material/CircularProgress'
import Stack from '@mui/material/Stack'

export function FormLoading() {
  const { t } = useTranslation()
  return (
    <Stack sx={{ alignItems: 'center', py: 8 }}>
      <CircularProgress aria-label={t('loading')} />
    </Stack>
  )
}
