/**
 * /contacts/new — the same form, empty. Custom fields come from the definitions plus the keys the first
 * list page carries (usually cached already), so fields without a definition can be filled in too.
 */
import { useMemo } from 'react'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from '../../../lib/i18n'
import Box from '@mui/material/Box'
import { ErrorState } from '../../../components/error-state'
import { PageHeader } from '../../../components/page-header'
import { FormLoading } from './form-loading'
import { contactQueries } from '../api/contact-queries'
import { defaultContactListParams } from '../api/contact-list-params'
import { lookupQueries } from '../api/lookup-queries'
import { inferCustomFields } from '../shared/custom-field-kinds'
import { ContactForm, FORM_MAX_WIDTH } from './contact-form'
import { useDraftOwner } from './use-draft-owner'

export function ContactCreatePage() {
  const { t } = useTranslation('form')
  const definitions = useQuery(lookupQueries.contactCustomFields())
  const draftOwner = useDraftOwner()
  // A sample only: if it fails, the definitions alone are enough.
  const sample = useQuery({ ...contactQueries.list(defaultContactListParams), throwOnError: false })
  const sampleDone = sample.isSuccess || sample.isError
  const fields = useMemo(
    () =>
      definitions.data && sampleDone ? inferCustomFields(definitions.data, sample.data?.data ?? []) : null,
    [definitions.data, sample.data, sampleDone],
  )
  if (definitions.error) {
    return <ErrorState title={t('loadFailed')} onRetry={() => void definitions.refetch()} />
  }
  return (
    <Box sx={{ maxWidth: FORM_MAX_WIDTH, mx: 'auto' }}>
      <PageHeader title={t('title.create')} />
      {fields && draftOwner !== undefined ? (
        <ContactForm contact={null} fields={fields} draftOwner={draftOwner} />
      ) : (
        <FormLoading />
      )}
    </Box>
  )
}
