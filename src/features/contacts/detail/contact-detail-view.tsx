import { useRef } from 'react'
import Stack from '@mui/material/Stack'
import type { Contact } from '../../../api/schemas/contact'
import { ReadOnlyNotice } from '../../session/read-only-notice'
import { usePermissionDenied } from '../../session/use-session'
import { ArchiveRestoreDialog } from '../shared/archive-restore-dialog'
import { useArchiveRestore } from '../shared/use-archive-restore'
import { AddressSection } from './address-section'
import { ArchivedBanner } from './archived-banner'
import { BackToListLink } from './back-to-list-link'
import { ClientSection } from './client-section'
import { CompaniesSection } from './companies-section'
import { ContactActions } from './contact-actions'
import { ContactHeader } from './contact-header'
import { CustomFieldsSection } from './custom-fields-section'
import { DetailColumns } from './detail-columns'
import { OwnerSection } from './owner-section'
import { ReachSection } from './reach-section'
import { RecordSection } from './record-section'
import { useRefocusOnArchiveChange } from './use-refocus-on-archive-change'

/** The loaded contact: header, archived banner, then how to reach them (left) and relations (right). */
export function ContactDetailView({ contact }: { contact: Contact }) {
  const archiveRestore = useArchiveRestore()
  const archiveDenied = usePermissionDenied('archive')
  const rootRef = useRef<HTMLDivElement>(null)
  useRefocusOnArchiveChange(rootRef, contact.deleted_at !== null)
  return (
    <Stack ref={rootRef} sx={{ gap: 2.5 }}>
      <BackToListLink />
      <ContactHeader
        contact={contact}
        actions={<ContactActions contact={contact} archiveRestore={archiveRestore} />}
      />
      {contact.deleted_at ? (
        <ArchivedBanner
          deletedAt={contact.deleted_at}
          onRestore={() => archiveRestore.restore(contact)}
          pending={archiveRestore.isPending || archiveDenied}
        />
      ) : null}
      <ReadOnlyNotice actions={['edit', 'archive']} />
      <DetailColumns
        main={
          <>
            <ReachSection contact={contact} />
            <AddressSection contact={contact} />
            <CompaniesSection companies={contact.companies ?? []} />
            <CustomFieldsSection contact={contact} />
          </>
        }
        side={
          <>
            <OwnerSection owner={contact.owner} />
            <ClientSection client={contact.client} />
            <RecordSection contact={contact} />
          </>
        }
      />
      <ArchiveRestoreDialog {...archiveRestore.dialogProps} />
    </Stack>
  )
}
