/**
 * /contacts/:id/edit — loads the contact and the custom-field definitions, then renders the form.
 * The loader and the form are split so the form's `useForm` starts from real data (TkDodo, "React Query
 * and Forms"); a background refetch does not overwrite what the user is typing.
 */
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from '../../../lib/i18n'
import { Link as RouterLink, useParams } from 'react-router'
import Box from '@mui/material/Box'
import Button from '@mui/material/Button'
import ArchiveIcon from '@mui/icons-material/ArchiveOutlined'
import UnarchiveIcon from '@mui/icons-material/UnarchiveOutlined'
import { EmptyState } from '../../../components/empty-state'
import { ErrorState } from '../../../components/error-state'
import { PageHeader } from '../../../components/page-header'
import { HttpError } from '../../../lib/api-errors'
import { formatRelativeTime } from '../../../lib/format'
import { FormLoading } from './form-loading'
import type { Contact } from '../../../api/schemas/contact'
import { contactQueries } from '../api/contact-queries'
import { lookupQueries } from '../api/lookup-queries'
import { ArchiveRestoreDialog } from '../shared/archive-restore-dialog'
import { contactFullName } from '../shared/contact-names'
import { inferCustomFields } from '../shared/custom-field-kinds'
import { useArchiveRestore } from '../shared/use-archive-restore'
import { usePermissionDenied } from '../../session/use-session'
import { ContactForm, FORM_MAX_WIDTH } from './contact-form'
import { useDraftOwner } from './use-draft-owner'

export function ContactEditPage() {
  const { t } = useTranslation('form')
  const { t: tCommon } = useTranslation()
  const { id = '' } = useParams()
  const contact = useQuery(contactQueries.detail(id))
  const definitions = useQuery(lookupQueries.contactCustomFields())
  const draftOwner = useDraftOwner()
  const fields = useMemo(
    () => (contact.data && definitions.data ? inferCustomFields(definitions.data, [contact.data]) : null),
    [contact.data, definitions.data],
  )

  // Errors replace the form only while there is no form yet: a failed background refetch must not take
  // away what the user is typing (the app's error policy reports it in a snackbar instead).
  const loaded = contact.data !== undefined && fields !== null
  if (!loaded && contact.error instanceof HttpError && contact.error.status === 404) {
    return (
      <EmptyState
        title={t('notFound.title')}
        description={t('notFound.description')}
        action={
          <Button component={RouterLink} to="/contacts" variant="contained">
            {tCommon('actions.backToList')}
          </Button>
        }
      />
    )
  }
  const error = contact.error ?? definitions.error
  if (!loaded && error) {
    return (
      <ErrorState
        title={t('loadFailed')}
        onRetry={() => {
          void contact.refetch()
          void definitions.refetch()
        }}
      />
    )
  }
  if (!contact.data || !fields || draftOwner === undefined) return <FormLoading />
  return (
    <Box sx={{ maxWidth: FORM_MAX_WIDTH, mx: 'auto' }}>
      <EditHeader contact={contact.data} />
      <ContactForm key={contact.data.id} contact={contact.data} fields={fields} draftOwner={draftOwner} />
    </Box>
  )
}

function EditHeader({ contact }: { contact: Contact }) {
  const { t } = useTranslation('form')
  const archiveRestore = useArchiveRestore()
  const archiveDenied = usePermissionDenied('archive') // a 403 earlier in this session
  const name = contactFullName(contact) ?? t('title.unnamed')
  return (
    <>
      <PageHeader
        title={t('title.edit', { name })}
        subtitle={t('lastChanged', { when: formatRelativeTime(contact.updated_at) })}
        actions={
          contact.deleted_at ? (
            <Button
              variant="outlined"
              startIcon={<UnarchiveIcon />}
              disabled={archiveRestore.isPending || archiveDenied}
              onClick={() => archiveRestore.restore(contact)}
            >
              {t('actions.restore')}
            </Button>
          ) : (
            <Button
              variant="outlined"
              color="error"
              startIcon={<ArchiveIcon />}
              disabled={archiveRestore.isPending || archiveDenied}
              onClick={() => archiveRestore.requestArchive(contact)}
            >
              {t('actions.archive')}
            </Button>
          )
        }
      />
      <ArchiveRestoreDialog {...archiveRestore.dialogProps} />
    </>
  )
}
