import { contactSchema, type Contact } from '../../../api/schemas/contact'
import { buildVCard, escapeVCardText, foldVCardLine, vCardFileName } from './vcard'

function contact(overrides: Partial<Record<keyof Contact, unknown>> = {}): Contact {
  return contactSchema.parse({
    id: 'c-1',
    address_country: null,
    owner: null,
    client: null,
    created_at: '2024-01-02T03:04:05Z',
    updated_at: '2025-06-07T08:09:10Z',
    ...overrides,
  })
}

/** Unfolds and splits, as a vCard reader would. */
function lines(vcard: string): string[] {
  return vcard.replace(/\r\n /g, '').split('\r\n')
}

test('escapes backslash, comma, semicolon and newlines in text values', () => {
  expect(escapeVCardText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf')
})

test('builds a complete vCard 4.0 with CRLF line ends', () => {
  const vcard = buildVCard(
    contact({
      first_name: 'Anna',
      last_name: 'Maier',
      title: 'Dr.',
      title_suffix: 'MBA',
      gender: 'female',
      position: 'Geschäftsführerin',
      email: 'anna@maier.example',
      email_private: 'anna@home.example',
      telephone: '+49 89 123',
      mobile: '+49 170 555',
      fax: '+49 89 124',
      birthday: '1980-04-12',
      locale: 'de_DE',
      address_street: 'Hauptstraße',
      address_house: '12',
      address_street2: 'Hinterhaus',
      address_zip: '80331',
      address_town: 'München',
      address_state: 'Bayern',
      address_country: { id: 'c-de', name: 'Germany', code: 'DE' },
      companies: [{ id: 'co-1', company_name: 'Maier; Söhne, GmbH' }],
    }),
  )
  expect(vcard.endsWith('END:VCARD\r\n')).toBe(true)
  expect(lines(vcard)).toEqual([
    'BEGIN:VCARD',
    'VERSION:4.0',
    'FN:Dr. Anna Maier\\, MBA',
    'N:Maier;Anna;;Dr.;MBA',
    'GENDER:F',
    'TITLE:Geschäftsführerin',
    'ORG:Maier\\; Söhne\\, GmbH',
    'EMAIL;TYPE=work:anna@maier.example',
    'EMAIL;TYPE=home:anna@home.example',
    'TEL;VALUE=text;TYPE="work,voice":+49 89 123',
    'TEL;VALUE=text;TYPE="work,cell":+49 170 555',
    'TEL;VALUE=text;TYPE="work,fax":+49 89 124',
    'ADR;TYPE=work:;Hinterhaus;Hauptstraße 12;München;Bayern;80331;Germany',
    'BDAY:19800412',
    'LANG:de-DE',
    'UID;VALUE=text:kanbert-contact-c-1',
    'REV:20250607T080910Z',
    'END:VCARD',
    '',
  ])
})

test('leaves out everything a sparse contact does not have', () => {
  expect(lines(buildVCard(contact({ last_name: 'Huber' })))).toEqual([
    'BEGIN:VCARD',
    'VERSION:4.0',
    'FN:Huber',
    'N:Huber;;;;',
    'UID;VALUE=text:kanbert-contact-c-1',
    'REV:20250607T080910Z',
    'END:VCARD',
    '',
  ])
})

test('keeps hostile text literal and on one logical line', () => {
  const vcard = buildVCard(contact({ first_name: '<b>Bold</b>\nEND:VCARD', last_name: 'x;y' }))
  expect(lines(vcard)).toContain('FN:<b>Bold</b>\\nEND:VCARD x\\;y')
  expect(lines(vcard).filter((line) => line === 'END:VCARD')).toHaveLength(1)
})

test('a locale that is no language tag is left out, so it can never add lines of its own', () => {
  for (const locale of ['de\r\nURL:https://evil.example', 'en\nEMAIL:x@evil.example', 'de;x', 'not a tag']) {
    const vcard = buildVCard(contact({ last_name: 'Huber', locale }))
    expect(lines(vcard).filter((line) => /^(LANG|URL|EMAIL)/.test(line))).toEqual([])
    expect(vcard).not.toContain('evil')
  }
  expect(lines(buildVCard(contact({ locale: 'de_AT' })))).toContain('LANG:de-AT')
  expect(lines(buildVCard(contact({ locale: 'EN-gb' })))).toContain('LANG:en-GB')
})

test('folds long lines at 75 octets without splitting multi-byte characters', () => {
  const long = `NOTE:${'ü'.repeat(60)}🦄${'a'.repeat(40)}`
  const folded = foldVCardLine(long)
  const encoder = new TextEncoder()
  for (const physical of folded.split('\r\n')) expect(encoder.encode(physical).length).toBeLessThanOrEqual(75)
  expect(folded.replace(/\r\n /g, '')).toBe(long)
})

test('names the file after the contact, without characters file systems reject', () => {
  expect(vCardFileName(contact({ first_name: 'Anna', last_name: 'Maier', title: 'Dr.' }))).toBe(
    'Dr. Anna Maier.vcf',
  )
  expect(vCardFileName(contact({ first_name: 'A/B', last_name: 'C:D*?"<>|' }))).toBe('AB CD.vcf')
  expect(vCardFileName(contact())).toBe('contact.vcf')
})
