import { useTranslation } from '../../../lib/i18n'
import { Link as RouterLink, useLocation } from 'react-router'
import Button from '@mui/material/Button'
import ArrowBackIcon from '@mui/icons-material/ArrowBack'
import { backToListTarget } from './back-to-list'

/** Back to the list exactly as the user left it (sort, filters, page), when they came from there. */
export function BackToListLink() {
  const { t } = useTranslation('detail')
  const location = useLocation()
  return (
    <Button
      component={RouterLink}
      to={backToListTarget(location.state)}
      startIcon={<ArrowBackIcon />}
      size="small"
      sx={{ alignSelf: 'flex-start', ml: -1 }}
    >
      {t('backToList')}
    </Button>
  )
}
