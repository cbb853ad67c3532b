import type { ReactNode } from 'react'
import { useTranslation } from '../../../lib/i18n'
import { useDescribeError } from '../../../lib/error-text'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import type { SaveProblem } from './save-problem'
import type { UnplacedError } from './server-errors'

/** Form-level messages about saving; field messages sit at their fields. */
export function FormAlerts(props: {
  problem: SaveProblem | null
  forbidden: boolean
  serverKeyLabel: (key: string) => string
  onRetry: () => void
  onDismiss: () => void
}) {
  const { problem, forbidden, serverKeyLabel, onRetry, onDismiss } = props
  const { t } = useTranslation('form')
  const retry = (
    <Button color="inherit" size="small" onClick={onRetry}>
      {t('actions.retry')}
    </Button>
  )
  return (
    <>
      {forbidden ? <Alert severity="error">{t('errors.forbidden')}</Alert> : null}
      {problem?.kind === 'validation' ? (
        <ValidationAlert unplaced={problem.unplaced} label={serverKeyLabel} onClose={onDismiss} />
      ) : null}
      {problem?.kind === 'rateLimited' ? (
        <Alert severity="warning">{t('errors.rateLimited', { count: problem.seconds })}</Alert>
      ) : null}
      {problem?.kind === 'server' ? (
        <Alert severity="error" action={retry}>
          {t('errors.server')}
        </Alert>
      ) : null}
      {problem?.kind === 'network' ? (
        <Alert severity="error" action={retry}>
          {t('errors.network')}
        </Alert>
      ) : null}
      {problem?.kind === 'gone' ? <Alert severity="error">{t('errors.gone')}</Alert> : null}
      {problem?.kind === 'sessionExpired' ? (
        <Alert severity="info">{t('errors.sessionExpired')}</Alert>
      ) : null}
      {problem?.kind === 'unexpected' ? <UnexpectedAlert error={problem.error} action={retry} /> : null}
    </>
  )
}

function ValidationAlert({
  unplaced,
  label,
  onClose,
}: {
  unplaced: UnplacedError[]
  label: (key: string) => string
  onClose: () => void
}) {
  const { t } = useTranslation('form')
  const { t: tCommon } = useTranslation()
  return (
    <Alert severity="error" onClose={onClose} closeText={tCommon('actions.close')}>
      {unplaced.length === 0 ? (
        t('errors.fixFields')
      ) : (
        <>
          {t('errors.otherFields')}
          <Box component="ul" sx={{ m: 0, mt: 0.5, pl: 2.5 }}>
            {unplaced.map((error) => (
              <li key={error.key}>
                {t('errors.otherField', { field: label(error.key), message: error.message })}
              </li>
            ))}
          </Box>
        </>
      )}
    </Alert>
  )
}

function UnexpectedAlert({ error, action }: { error: unknown; action: ReactNode }) {
  const { t } = useTranslation('form')
  const { t: tErrors } = useTranslation('errors')
  const { summary, detail } = useDescribeError()(error)
  return (
    <Alert severity="error" action={action}>
      <AlertTitle>{t('errors.unexpected', { reason: summary })}</AlertTitle>
      {tErrors('detail', { detail })}
    </Alert>
  )
}
