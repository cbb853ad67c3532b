/**
 * Possible duplicates of the contact being typed, looked up as the user types. Links open in a new tab
 * (the draft autosave keeps this form); saving needs a deliberate "Create anyway" while matches show.
 */
import { useEffect, useRef } from 'react'
import { useQuery } from '@tanstack/react-query'
import { Link as RouterLink } from 'react-router'
import Alert from '@mui/material/Alert'
import AlertTitle from '@mui/material/AlertTitle'
import Button from '@mui/material/Button'
import Link from '@mui/material/Link'
import Typography from '@mui/material/Typography'
import { useTranslation } from '../../../lib/i18n'
import { duplicateQueries } from '../api/duplicate-api'
import { isEmptyProbe } from '../api/duplicate-filter'
import { contactFullName } from '../shared/contact-names'
import type { ContactFormValues } from './contact-form-values'
import { matchReasons } from './duplicate-match'
import { useDuplicateProbe } from './use-duplicate-probe'

export function DuplicatePanel(props: {
  mode: 'create' | 'edit'
  contactId: string | null
  /** The stored values on edit (only changed values are looked up); null on create. */
  base: ContactFormValues | null
  /** The ids of the matches on screen, joined; '' when there are none. */
  onMatches: (ids: string) => void
  accepted: boolean
  /** Save was tried while matches show and were not accepted. */
  prompted: boolean
  onAccept: () => void
}) {
  const { mode, contactId, base, onMatches, accepted, prompted, onAccept } = props
  const { t } = useTranslation('form')
  const probe = useDuplicateProbe(base)
  const lookup = useQuery({ ...duplicateQueries.match(probe), enabled: !isEmptyProbe(probe) })
  const matches = isEmptyProbe(probe)
    ? []
    : (lookup.data?.data ?? []).filter((contact) => contact.id !== contactId)
  const ids = matches.map((contact) => contact.id).join(',')
  useEffect(() => onMatches(ids), [ids, onMatches])
  const acceptButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    if (prompted) acceptButton.current?.focus()
  }, [prompted])

  if (lookup.isError && !isEmptyProbe(probe)) {
    return <Alert severity="info">{t('duplicates.failed')}</Alert>
  }
  if (matches.length === 0) return null
  return (
    <Alert
      component="section"
      role="region"
      aria-label={t('duplicates.title')}
      severity={prompted && !accepted ? 'error' : 'warning'}
    >
      <AlertTitle>{t('duplicates.title')}</AlertTitle>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {t('duplicates.intro')}
      </Typography>
      <ul style={{ margin: 0, paddingInlineStart: 20 }}>
        {matches.map((contact) => (
          <li key={contact.id}>
            <Link
              component={RouterLink}
              to={`/contacts/${encodeURIComponent(contact.id)}`}
              target="_blank"
              rel="noopener"
            >
              {contactFullName(contact) ?? t('title.unnamed')}
            </Link>{' '}
            <Typography component="span" variant="body2" sx={{ color: 'text.secondary' }}>
              (
              {matchReasons(contact, probe)
                .map((reason) => t(`duplicates.reason.${reason}`))
                .join(', ')}
              {contact.email ? ` · ${contact.email}` : ''})
            </Typography>
          </li>
        ))}
      </ul>
      {accepted ? (
        <Typography variant="body2" sx={{ mt: 1 }}>
          {t('duplicates.accepted')}
        </Typography>
      ) : (
        <>
          {prompted ? (
            <Typography role="alert" variant="body2" sx={{ mt: 1, fontWeight: 600 }}>
              {t(mode === 'create' ? 'duplicates.promptCreate' : 'duplicates.promptSave')}
            </Typography>
          ) : null}
          <Button
            ref={acceptButton}
            color="inherit"
            variant="outlined"
            size="small"
            sx={{ mt: 1 }}
            onClick={onAccept}
          >
            {t(mode === 'create' ? 'duplicates.createAnyway' : 'duplicates.saveAnyway')}
          </Button>
        </>
      )}
    </Alert>
  )
}
