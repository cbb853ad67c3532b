/**
 * vCard 4.0 (RFC 6350) export of one contact: pure text building, so it is unit-tested without a browser.
 * Text values escape `\`, `,`, `;` and newlines; lines end in CRLF and are folded at 75 octets without
 * splitting a UTF-8 character. The file is served as UTF-8 (4.0 allows no other charset).
 */
import type { Contact } from '../../../api/schemas/contact'
import { contactFullName } from '../shared/contact-names'
import { formatPostalAddress } from './postal-address'

const MAX_LINE_OCTETS = 75

export function escapeVCardText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/,/g, '\\,')
    .replace(/;/g, '\\;')
    .replace(/\r\n|\r|\n/g, '\\n')
}

/** Folds one content line: continuation lines start with a space, which counts towards their 75 octets. */
export function foldVCardLine(line: string): string {
  const encoder = new TextEncoder()
  const parts: string[] = []
  let current = ''
  let currentOctets = 0
  for (const char of line) {
    const octets = encoder.encode(char).length
    const limit = parts.length === 0 ? MAX_LINE_OCTETS : MAX_LINE_OCTETS - 1
    if (currentOctets + octets > limit) {
      parts.push(current)
      current = ''
      currentOctets = 0
    }
    current += char
    currentOctets += octets
  }
  parts.push(current)
  return parts.join('\r\n ')
}

const structured = (...components: (string | null | undefined)[]) =>
  components.map((component) => escapeVCardText(component?.trim() ?? '')).join(';')

function genderCode(gender: string | null): string | null {
  const value = gender?.trim().toLowerCase()
  if (!value) return null
  if (['female', 'f', 'w', 'weiblich'].includes(value)) return 'F'
  if (['male', 'm', 'männlich'].includes(value)) return 'M'
  if (['diverse', 'divers', 'd', 'other', 'o', 'x'].includes(value)) return 'O'
  return null
}

/** The locale as a canonical BCP 47 language tag (`de_AT` → `de-AT`), or null when it is none. */
function languageTag(locale: string | null): string | null {
  const candidate = locale?.trim().replace(/_/g, '-')
  if (!candidate) return null
  try {
    return Intl.getCanonicalLocales(candidate)[0] ?? null
  } catch {
    return null // RangeError: not a language tag, and never written raw into the file
  }
}

/** `2024-03-05T10:00:00Z` → `20240305T100000Z` (the basic format vCard timestamps use). */
function timestamp(iso: string): string | null {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return null
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '')
}

export function buildVCard(contact: Contact): string {
  const lines: string[] = ['BEGIN:VCARD', 'VERSION:4.0']
  const add = (property: string, value: string | null | undefined) => {
    const text = value?.trim()
    if (text) lines.push(`${property}:${escapeVCardText(text)}`)
  }
  const fullName = contactFullName(contact) ?? contact.email ?? contact.id
  add('FN', fullName)
  lines.push(
    `N:${structured(contact.last_name, contact.first_name, '', contact.title, contact.title_suffix)}`,
  )
  const gender = genderCode(contact.gender)
  if (gender) lines.push(`GENDER:${gender}`)
  add('TITLE', contact.position)
  for (const company of contact.companies ?? []) add('ORG', company.company_name)
  add('EMAIL;TYPE=work', contact.email)
  add('EMAIL;TYPE=home', contact.email_private)
  add('TEL;VALUE=text;TYPE="work,voice"', contact.telephone)
  add('TEL;VALUE=text;TYPE="home,voice"', contact.telephone_private)
  add('TEL;VALUE=text;TYPE="work,cell"', contact.mobile)
  add('TEL;VALUE=text;TYPE="home,cell"', contact.mobile_private)
  add('TEL;VALUE=text;TYPE="work,fax"', contact.fax)
  const [streetLine] = formatPostalAddress({
    street: contact.address_street,
    house: contact.address_house,
    street2: null,
    zip: null,
    town: null,
    state: null,
    countryCode: contact.address_country?.code ?? null,
  })
  const hasAddress = [
    streetLine,
    contact.address_street2,
    contact.address_zip,
    contact.address_town,
    contact.address_state,
  ]
    .concat(contact.address_country?.name ?? null)
    .some((part) => part?.trim())
  if (hasAddress) {
    lines.push(
      `ADR;TYPE=work:${structured(
        '',
        contact.address_street2,
        streetLine,
        contact.address_town,
        contact.address_state,
        contact.address_zip,
        contact.address_country?.name,
      )}`,
    )
  }
  const birthday = contact.birthday?.trim()
  if (birthday && /^\d{4}-\d{2}-\d{2}$/.test(birthday)) lines.push(`BDAY:${birthday.replace(/-/g, '')}`)
  const lang = languageTag(contact.locale)
  if (lang) lines.push(`LANG:${lang}`)
  add('UID;VALUE=text', `kanbert-contact-${contact.id}`)
  const revision = timestamp(contact.updated_at)
  if (revision) lines.push(`REV:${revision}`)
  lines.push('END:VCARD')
  return lines.map(foldVCardLine).join('\r\n') + '\r\n'
}

/** "Dr. Anna Maier.vcf": characters file systems reject are dropped; a nameless contact gets "contact". */
export function vCardFileName(contact: Contact, fallback = 'contact'): string {
  const name = (contactFullName(contact) ?? '')
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must go
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, 100)
  return `${name || fallback}.vcf`
}
