import { useTranslation } from '../../../lib/i18n'
import { Link as RouterLink } from 'react-router'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Link from '@mui/material/Link'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import BusinessCenterIcon from '@mui/icons-material/BusinessCenterOutlined'
import ShareIcon from '@mui/icons-material/ShareOutlined'
import type { Client } from '../../../api/schemas/common'
import { userFullName } from '../shared/contact-names'
import { clientContactsListUrl } from './client-contacts-url'
import { DetailSection, EmptyLine } from './detail-section'
import { FactList, FactText, type Fact } from './fact-list'
import { LinkOrText } from './link-or-text'
import { mailtoUrl } from '../../../lib/safe-url'

/** The client (Mandant) the contact belongs to, its primary contact, and a way to its other contacts. */
export function ClientSection({ client }: { client: Client | null }) {
  const { t } = useTranslation('detail')
  if (!client) {
    return (
      <DetailSection title={t('client.title')} icon={<BusinessCenterIcon />}>
        <EmptyLine>{t('client.empty')}</EmptyLine>
      </DetailSection>
    )
  }
  const primary = client.primary_contact
  const facts: Fact[] = []
  if (primary) {
    const email = primary.email.trim()
    facts.push({
      key: 'primary',
      label: t('client.primaryContact'),
      value: (
        <Stack sx={{ minWidth: 0 }}>
          <FactText>{userFullName(primary)}</FactText>
          {email ? (
            <Typography variant="body2" component="span">
              <LinkOrText href={mailtoUrl(email)}>{email}</LinkOrText>
            </Typography>
          ) : null}
        </Stack>
      ),
    })
  }
  const externalId = client.external_id?.trim()
  if (externalId) {
    const origin = client.external_origin?.trim()
    facts.push({
      key: 'external',
      label: t('client.externalId'),
      value: (
        <FactText>
          {origin ? t('record.externalWithOrigin', { id: externalId, origin }) : externalId}
        </FactText>
      ),
    })
  }
  return (
    <DetailSection title={t('client.title')} icon={<BusinessCenterIcon />}>
      <Stack sx={{ gap: 1.5 }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, flexWrap: 'wrap' }}>
          <Typography
            component="p"
            variant="body1"
            dir="auto"
            sx={{ fontWeight: 600, overflowWrap: 'anywhere', minWidth: 0 }}
          >
            {client.name}
          </Typography>
          {client.shortcode?.trim() ? (
            <Chip
              size="small"
              label={client.shortcode}
              aria-label={t('client.shortcode', { code: client.shortcode })}
              sx={{ fontFamily: 'monospace', maxWidth: '100%' }}
            />
          ) : null}
        </Stack>
        {client.origin_space ? (
          <Stack direction="row" sx={{ alignItems: 'center', gap: 0.75, color: 'text.secondary' }}>
            <ShareIcon sx={{ fontSize: 16 }} aria-hidden />
            <Typography variant="body2" dir="auto" sx={{ overflowWrap: 'anywhere' }}>
              {t('client.sharedFrom', { space: client.origin_space.name })}
            </Typography>
          </Stack>
        ) : null}
        {facts.length > 0 ? <FactList facts={facts} /> : null}
        <Box>
          <Link component={RouterLink} to={clientContactsListUrl(client.id)} variant="body2">
            {t('client.showContacts')}
          </Link>
        </Box>
      </Stack>
    </DetailSection>
  )
}
