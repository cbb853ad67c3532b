/**
 * What each list column shows for one contact. Shared by the table and the phone card list, so both show
 * the same data the same way. API data is rendered as text; links only through the safe-url helpers.
 *
 * A page has up to 100 rows × 20 columns, so a cell is plain markup: no hooks, no MUI components, no
 * per-cell `sx` (each would be resolved and serialised again for every cell). The few class names below
 * are styled once by `cellStyles`, which the table and the card list put on their root. Clicks are
 * handled by the row (see row-click.ts), texts and links come from the column (see contact-columns.tsx).
 */
import type { CSSObject, Theme } from '@mui/material/styles'
import type { Contact } from '../../../api/schemas/contact'
import { formatDateTime, formatRelativeTime } from '../../../lib/format'
import { mailtoUrl, telUrl } from '../../../lib/safe-url'
import { countryName } from '../detail/person-facts'
import { contactFullName, userFullName } from '../shared/contact-names'
import { DETAIL_LINK_ATTRIBUTE } from './row-click'
import { ListFlagMark, flagStyles } from '../shared/country-flag'

export const cellClasses = {
  name: 'ContactCell-name',
  nameLink: 'ContactCell-nameLink',
  archived: 'ContactCell-archived',
  link: 'ContactCell-link',
  nowrap: 'ContactCell-nowrap',
  muted: 'ContactCell-muted',
  client: 'ContactCell-client',
  caption: 'ContactCell-caption',
  country: 'ContactCell-country',
  companies: 'ContactCell-companies',
} as const

const c = cellClasses

/** The styles of all cells, once per table or card list (not once per cell). */
export function cellStyles(theme: Theme): CSSObject {
  const palette = (theme.vars ?? theme).palette
  return {
    [`& .${c.name}`]: {
      display: 'inline-flex',
      alignItems: 'center',
      gap: theme.spacing(1),
      flexWrap: 'wrap',
      minWidth: 150,
    },
    [`& .${c.nameLink}`]: {
      color: 'inherit',
      fontWeight: 600,
      textDecoration: 'none',
      '&:hover': { textDecoration: 'underline' },
    },
    [`& .${c.link}`]: {
      color: palette.primary.main,
      textDecoration: 'underline',
      textDecorationColor: theme.alpha(palette.primary.main, 0.4),
      '&:hover': { textDecorationColor: 'inherit' },
    },
    // The theme's focus ring for links (MuiLink's override), for these plain anchors.
    [`& .${c.nameLink}:focus-visible, & .${c.link}:focus-visible`]: {
      outline: `2px solid ${palette.primary.main}`,
      outlineOffset: 2,
      borderRadius: 2,
    },
    // Looks like a small outlined MUI Chip, without the component.
    [`& .${c.archived}`]: {
      display: 'inline-flex',
      alignItems: 'center',
      boxSizing: 'border-box',
      height: 24,
      padding: '0 7px',
      border: `1px solid ${theme.vars ? theme.vars.palette.Chip.defaultBorder : theme.palette.grey[400]}`,
      borderRadius: 16,
      color: palette.text.primary,
      fontSize: theme.typography.pxToRem(13),
      fontWeight: theme.typography.fontWeightRegular,
      lineHeight: 1.5,
      whiteSpace: 'nowrap',
    },
    [`& .${c.nowrap}`]: { whiteSpace: 'nowrap' },
    [`& .${c.muted}`]: { color: palette.text.secondary },
    [`& .${c.client}`]: { display: 'block' },
    [`& .${c.caption}`]: { ...theme.typography.caption, display: 'block', color: palette.text.secondary },
    [`& .${c.country}`]: { display: 'inline-flex', alignItems: 'baseline', gap: theme.spacing(0.75) },
    ...flagStyles(theme),
    [`& .${c.companies}`]: { margin: 0, padding: 0, listStyle: 'none' },
  }
}

/**
 * The name links to the detail (so Ctrl+click opens a tab; a plain click opens it in the app, through the
 * row). It is out of the tab order because the row itself is the keyboard stop.
 */
export function NameCell({
  contact,
  href,
  noName,
  archived,
}: {
  contact: Contact
  href: string
  /** Shown when the contact has no name. */
  noName: string
  /** The label of the archived marker. */
  archived: string
}) {
  const name = contactFullName(contact)
  return (
    <span className={c.name}>
      <a
        href={href}
        tabIndex={-1}
        className={name ? c.nameLink : `${c.nameLink} ${c.muted}`}
        {...{ [DETAIL_LINK_ATTRIBUTE]: '' }}
      >
        {name ?? noName}
      </a>
      {contact.deleted_at ? <span className={c.archived}>{archived}</span> : null}
    </span>
  )
}

export function EmailCell({ contact }: { contact: Contact }) {
  const href = mailtoUrl(contact.email)
  if (!contact.email) return null
  if (!href) return contact.email
  return (
    <a href={href} className={c.link}>
      <EmailText email={contact.email} />
    </a>
  )
}

/** Lets a long address wrap after the @ only, never in the middle of a name or domain. */
function EmailText({ email }: { email: string }) {
  const at = email.lastIndexOf('@')
  if (at <= 0) return email
  return (
    <>
      <span className={c.nowrap}>{email.slice(0, at + 1)}</span>
      <wbr />
      <span className={c.nowrap}>{email.slice(at + 1)}</span>
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
  if (!href) return phone
  return (
    <a href={href} className={c.link}>
      {phone}
    </a>
  )
}

export function ClientCell({
  contact,
  sharedFrom,
}: {
  contact: Contact
  /** "shared from {space}" in the UI language. */
  sharedFrom: (space: string) => string
}) {
  const client = contact.client
  if (!client) return null
  return (
    <span className={c.client}>
      {client.name}
      {client.shortcode ? <span className={c.muted}>{` (${client.shortcode})`}</span> : null}
      {client.origin_space ? <span className={c.caption}>{sharedFrom(client.origin_space.name)}</span> : null}
    </span>
  )
}

export function OwnerCell({ contact }: { contact: Contact }) {
  return contact.owner ? userFullName(contact.owner) : null
}

/** Country names in the UI language; Intl.DisplayNames is costly to create, and a page repeats countries. */
const countryNames = new Map<string, string>()

function cachedCountryName(country: { code: string; name: string }, language: string) {
  const key = `${language}|${country.code}|${country.name}`
  let name = countryNames.get(key)
  if (name === undefined) {
    name = countryName(country, language)
    countryNames.set(key, name)
  }
  return name
}

/** `language`: the UI language. */
export function CountryCell({ contact, language }: { contact: Contact; language: string }) {
  const country = contact.address_country
  if (!country) return null
  return (
    <span className={c.country}>
      <ListFlagMark code={country.code} />
      {cachedCountryName(country, language)}
    </span>
  )
}

export function CompaniesCell({ contact }: { contact: Contact }) {
  const companies = contact.companies ?? []
  if (companies.length === 0) return null
  return (
    <ul className={c.companies}>
      {companies.map((company) => (
        <li key={company.id}>
          {company.company_name ?? '—'}
          {company.contact_company?.position ? (
            <span className={c.muted}>{` · ${company.contact_company.position}`}</span>
          ) : null}
        </li>
      ))}
    </ul>
  )
}

/**
 * "3 days ago", with the exact date and time as a native `title` (no MUI Tooltip: it would bring Popper
 * onto the first page, and cost a Popper per timestamp cell).
 */
export function TimestampCell({ value }: { value: string }) {
  return (
    <time dateTime={value} title={formatDateTime(value) || undefined} className={c.nowrap}>
      {formatRelativeTime(value)}
    </time>
  )
}
