import { useTranslation } from '../../../lib/i18n'
import { Link as RouterLink, useLocation } from 'react-router'
import Button from '@mui/material/Button'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import PersonOffIcon from '@mui/icons-material/PersonOffOutlined'
import { backToListTarget } from './back-to-list'

/** An unknown (or removed) id: say so plainly and lead back to the list. */
export function ContactNotFound() {
  const { t } = useTranslation('detail')
  const location = useLocation()
  return (
    <Paper variant="outlined" sx={{ maxWidth: 640, mx: 'auto', mt: { xs: 2, sm: 6 }, p: { xs: 3, sm: 5 } }}>
      <Stack sx={{ alignItems: 'center', textAlign: 'center', gap: 2 }}>
        <PersonOffIcon sx={{ fontSize: 56, color: 'text.secondary' }} aria-hidden />
        <Typography variant="h5" component="h1">
          {t('notFound.title')}
        </Typography>
        <Typography variant="body1" sx={{ color: 'text.secondary' }}>
          {t('notFound.description')}
        </Typography>
        <Button variant="contained" component={RouterLink} to={backToListTarget(location.state)}>
          {t('backToList')}
        </Button>
      </Stack>
    </Paper>
  )
}
