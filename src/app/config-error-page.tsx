import { useTranslation } from '../lib/i18n'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Container from '@mui/material/Container'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'

/** Shown instead of the app when config.json cannot be loaded: without it no request can be made. */
export function ConfigErrorPage({ error }: { error: unknown }) {
  const { t } = useTranslation(['errors', 'common'])
  const details = error instanceof Error ? error.message : String(error)
  return (
    <Container component="main" maxWidth="sm" sx={{ py: 8 }}>
      <Stack sx={{ gap: 3 }}>
        <Typography variant="h4" component="h1">
          {t('config.title')}
        </Typography>
        <Alert severity="error">
          <AlertTitle>{t('config.description')}</AlertTitle>
          <Typography variant="body2" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
            {t('config.details')}: {details}
          </Typography>
        </Alert>
        <Button variant="contained" onClick={() => window.location.reload()} sx={{ alignSelf: 'flex-start' }}>
          {t('common:actions.reload')}
        </Button>
      </Stack>
    </Container>
  )
}
