/**
 * What each list column shows for one contact. Shared by the table and the phone card list, so both show
 * the same data the same way. API data is rendered as text; links only through the safe-url helpers.
 */
import { Link as RouterLink, useLocation } from 'react-router'
import Box from '@mui/material/Box'
import Chip from '@mui/material/Chip'
import Link from '@mui/material/Link'
import Typography from '@mui/material/Typography'
import type { Contact } from '../../../api/schemas/contact'
import { formatDateTime, formatRelativeTime } from '../../../lib/format'
import { currentLanguage, useTranslation } from '../../../lib/i18n'
import { mailtoUrl, telUrl } from '../../../lib/safe-url'
import { countryName } from '../detail/person-facts'
import { contactFullName, userFullName } from '../shared/contact-names'
import { CountryFlag } from '../shared/country-flag'

const muted = { color: 'text.secondary' } as const

/** Links inside a clickable row must not also open the row. */
const stop = (event: React.SyntheticEvent) => event.stopPropagation()

/**
 * The name links to the detail (so Ctrl+click opens a tab); it is out of the tab order because the row
 * itself is the keyboard stop.
 */
export function NameCell({ contact }: { contact: Contact }) {
  const { t } = useTranslation('list')
  const location = useLocation()
  const name = contactFullName(contact)
  return (
    <Box
      component="span"
      sx={{ display: 'inline-flex', alignItems: 'center', gap: 1, flexWrap: 'wrap', minWidth: 150 }}
    >
      <Link
        component={RouterLink}
        to={`/contacts/${encodeURIComponent(contact.id)}`}
        state={{ from: location.pathname + location.search }}
        tabIndex={-1}
        onClick={stop}
        underline="hover"
        color="inherit"
        sx={{ fontWeight: 600, ...(name ? {} : muted) }}
      >
        {name ?? t('cells.noName')}
      </Link>
      {contact.deleted_at ? <Chip size="small" label={t('cells.archived')} variant="outlined" /> : null}
    </Box>
  )
}

export function EmailCell({ contact }: { contact: Contact }) {
  const href = mailtoUrl(contact.email)
  if (!contact.email) return null
  if (!href) return <>{contact.email}</>
  return (
    <Link href={href} onClick={stop} onKeyDown={stop}>
      <EmailText email={contact.email} />
    </Link>
  )
}

/** Lets a long address wrap after the @ only, never in the middle of a name or domain. */
function EmailText({ email }: { email: string }) {
  const at = email.lastIndexOf('@')
  if (at <= 0) return <>{email}</>
  return (
    <>
      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
        {email.slice(0, at + 1)}
      </Box>
      <wbr />
      <Box component="span" sx={{ whiteSpace: 'nowrap' }}>
        {email.slice(at + 1)}
      </Box>
    </>
  )
}

export function contactPhone(contact: Contact): string | null {
  return contact.telephone ?? contact.mobile ?? null
}

export function PhoneCell({ contact }: { contact: Contact }) {
  const phone = contactPhone(contact)
  const href = telUrl(phone)
  if (!phone) return null
  if (!href) return <>{phone}</>
  return (
    <Link href={href} onClick={stop} onKeyDown={stop} sx={{ whiteSpace: 'nowrap' }}>
      {phone}
    </Link>
  )
}

export function ClientCell({ contact }: { contact: Contact }) {
  const { t } = useTranslation('list')
  const client = contact.client
  if (!client) return null
  return (
    <Box component="span" sx={{ display: 'block', minWidth: 120, maxWidth: 200 }}>
      {client.name}
      {client.shortcode ? <Box component="span" sx={muted}>{` (${client.shortcode})`}</Box> : null}
      {client.origin_space ? (
        <Typography component="span" variant="caption" sx={{ display: 'block', ...muted }}>
          {t('cells.sharedFrom', { space: client.origin_space.name })}
        </Typography>
      ) : null}
    </Box>
  )
}

export function OwnerCell({ contact }: { contact: Contact }) {
  return contact.owner ? <>{userFullName(contact.owner)}</> : null
}

export function CountryCell({ contact }: { contact: Contact }) {
  useTranslation() // re-render on language change: the country name follows the UI language
  const country = contact.address_country
  if (!country) return null
  return (
    <Box component="span" sx={{ display: 'inline-flex', alignItems: 'baseline', gap: 0.75 }}>
      <CountryFlag code={country.code} />
      {countryName(country, currentLanguage())}
    </Box>
  )
}

export function CompaniesCell({ contact }: { contact: Contact }) {
  const companies = contact.companies ?? []
  if (companies.length === 0) return null
  return (
    <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', minWidth: 140, maxWidth: 210 }}>
      {companies.map((company) => (
        <li key={company.id}>
          {company.company_name ?? '—'}
          {company.contact_company?.position ? (
            <Box component="span" sx={muted}>{` · ${company.contact_company.position}`}</Box>
          ) : null}
        </li>
      ))}
    </Box>
  )
}

/**
 * "3 days ago", with the exact date and time as a native `title` (no MUI Tooltip: it would bring Popper
 * onto the first page, and cost a Popper per timestamp cell).
 */
export function TimestampCell({ value }: { value: string }) {
  return (
    <Box
      component="time"
      dateTime={value}
      title={formatDateTime(value) || undefined}
      sx={{ whiteSpace: 'nowrap' }}
    >
      {formatRelativeTime(value)}
    </Box>
  )
}
