import type { ReactNode } from 'react'
import { useTranslation } from '../../../lib/i18n'
import Avatar from '@mui/material/Avatar'
import Chip from '@mui/material/Chip'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import type { Contact } from '../../../api/schemas/contact'
import { contactFullName, contactInitials } from '../shared/contact-names'
import { salutationKind } from './person-facts'

function useSalutation(contact: Contact): string | null {
  const { t } = useTranslation('detail')
  const kind = salutationKind(contact.gender)
  const lastName = contact.last_name?.trim()
  if (!kind || !lastName) return null
  const title = contact.title?.trim()
  return title ? t(`salutation.${kind}WithTitle`, { title, lastName }) : t(`salutation.${kind}`, { lastName })
}

/** Avatar, the name as the page's h1, position and salutation; the actions sit right (below on phones). */
export function ContactHeader({ contact, actions }: { contact: Contact; actions: ReactNode }) {
  const { t } = useTranslation('detail')
  const name = contactFullName(contact)
  const salutation = useSalutation(contact)
  const position = contact.position?.trim()
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      sx={{ gap: 2, alignItems: { xs: 'stretch', md: 'flex-start' }, justifyContent: 'space-between' }}
    >
      <Stack direction="row" sx={{ gap: 2, alignItems: 'center', minWidth: 0 }}>
        <Avatar
          aria-hidden
          sx={{
            width: { xs: 56, sm: 64 },
            height: { xs: 56, sm: 64 },
            bgcolor: 'primary.main',
            color: 'primary.contrastText',
            fontSize: '1.4rem',
            fontWeight: 600,
          }}
        >
          {contactInitials(contact)}
        </Avatar>
        <Stack sx={{ minWidth: 0, gap: 0.25 }}>
          <Typography
            variant="h4"
            component="h1"
            tabIndex={-1}
            dir="auto"
            sx={{
              overflowWrap: 'anywhere',
              color: name ? 'text.primary' : 'text.secondary',
              fontStyle: name ? 'normal' : 'italic',
            }}
          >
            {name ?? t('unnamed')}
          </Typography>
          <Stack
            direction="row"
            sx={{ gap: 1, alignItems: 'center', flexWrap: 'wrap', color: 'text.secondary' }}
          >
            {position ? (
              <Typography variant="body1" dir="auto" sx={{ overflowWrap: 'anywhere' }}>
                {position}
              </Typography>
            ) : null}
            {salutation ? (
              <Chip
                size="small"
                variant="outlined"
                label={t('salutation.label', { salutation })}
                sx={{ maxWidth: '100%' }}
              />
            ) : null}
            {contact.deleted_at ? <Chip size="small" color="warning" label={t('archivedChip')} /> : null}
          </Stack>
        </Stack>
      </Stack>
      {actions}
    </Stack>
  )
}
