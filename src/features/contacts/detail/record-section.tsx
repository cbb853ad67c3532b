import { useTranslation } from '../../../lib/i18n'
import Box from '@mui/material/Box'
import StorageIcon from '@mui/icons-material/StorageOutlined'
import type { Contact } from '../../../api/schemas/contact'
import { CopyButton } from './copy-button'
import { DetailSection } from './detail-section'
import { FactList, FactText, type Fact } from './fact-list'
import { RelativeTime } from './relative-time'

/** Facts about the record itself: ids, provenance and its timeline. */
export function RecordSection({ contact }: { contact: Contact }) {
  const { t } = useTranslation('detail')
  const facts: Fact[] = [
    {
      key: 'id',
      label: t('record.id'),
      value: (
        <Box
          component="span"
          sx={{ fontFamily: 'monospace', fontSize: '0.875rem', overflowWrap: 'anywhere' }}
        >
          {contact.id}
        </Box>
      ),
      action: <CopyButton text={contact.id} label={t('record.copyId')} />,
    },
  ]
  const externalId = contact.external_id?.trim()
  const origin = contact.external_origin?.trim()
  if (externalId) {
    facts.push({
      key: 'external',
      label: t('record.externalId'),
      value: (
        <FactText>
          {origin ? t('record.externalWithOrigin', { id: externalId, origin }) : externalId}
        </FactText>
      ),
    })
  } else if (origin) {
    facts.push({ key: 'origin', label: t('record.origin'), value: <FactText>{origin}</FactText> })
  }
  facts.push({
    key: 'created',
    label: t('record.created'),
    value: <RelativeTime value={contact.created_at} />,
  })
  if (contact.updated_at !== contact.created_at) {
    facts.push({
      key: 'updated',
      label: t('record.updated'),
      value: <RelativeTime value={contact.updated_at} />,
    })
  }
  if (contact.deleted_at) {
    facts.push({
      key: 'archived',
      label: t('record.archived'),
      value: <RelativeTime value={contact.deleted_at} />,
    })
  }
  return (
    <DetailSection title={t('record.title')} icon={<StorageIcon />}>
      <FactList facts={facts} />
    </DetailSection>
  )
}
