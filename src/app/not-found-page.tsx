import { useTranslation } from '../lib/i18n'
import { Link as RouterLink } from 'react-router'
import Button from '@mui/material/Button'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <Stack sx={{ gap: 2, py: 2, maxWidth: 720, alignItems: 'flex-start' }}>
      <Typography variant="h4" component="h1">
        {t('notFound.title')}
      </Typography>
      <Typography sx={{ color: 'text.secondary' }}>{t('notFound.description')}</Typography>
      <Button component={RouterLink} to="/contacts" variant="contained">
        {t('actions.backToList')}
      </Button>
    </Stack>
  )
}
