import { useWatch } from 'react-hook-form'
import { useTranslation } from '../../../lib/i18n'
import Button from '@mui/material/Button'
import CircularProgress from '@mui/material/CircularProgress'
import Paper from '@mui/material/Paper'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { ContactFormValues } from './contact-form-values'

/**
 * Save and Cancel, always in reach at the bottom of the window. Only this bar re-renders on every
 * keystroke (to know whether there is anything to save); the fields do not.
 */
export function FormActionBar(props: {
  mode: 'edit' | 'create'
  hasChanges: (values: ContactFormValues) => boolean
  pending: boolean
  blocked: boolean
  onCancel: () => void
}) {
  const { mode, hasChanges, pending, blocked, onCancel } = props
  const { t } = useTranslation('form')
  const values = useWatch<ContactFormValues>()
  // useWatch returns the full values once the form exists; the cast-free check keeps TS honest.
  const changed = isFormValues(values) && hasChanges(values)
  return (
    <Paper
      elevation={6}
      sx={{
        position: 'sticky',
        bottom: { xs: 8, sm: 16 },
        zIndex: 2,
        px: { xs: 1.5, sm: 2.5 },
        py: 1.5,
        display: 'flex',
        alignItems: 'center',
        gap: { xs: 1, sm: 1.5 },
      }}
    >
      <Stack sx={{ mr: 'auto', minWidth: 0 }} role="status">
        <Typography
          variant="body2"
          sx={{ fontWeight: 600, color: changed ? 'warning.main' : 'text.secondary' }}
        >
          {changed ? t('status.unsaved') : t('status.noChanges')}
        </Typography>
        <Typography variant="caption" sx={{ color: 'text.secondary', display: { xs: 'none', sm: 'block' } }}>
          {t('status.shortcut')}
        </Typography>
      </Stack>
      <Button onClick={onCancel} sx={{ flex: 'none' }}>
        {t('actions.cancel')}
      </Button>
      <Button
        type="submit"
        variant="contained"
        sx={{ flex: 'none' }}
        disabled={!changed || pending || blocked}
        startIcon={pending ? <CircularProgress size={16} color="inherit" aria-hidden /> : undefined}
      >
        {pending ? t('actions.saving') : mode === 'create' ? t('actions.create') : t('actions.save')}
      </Button>
    </Paper>
  )
}

function isFormValues(values: unknown): values is ContactFormValues {
  return typeof values === 'object' && values !== null && 'custom_fields' in values && 'companies' in values
}
