import { parsedContact } from '../shared/contact-fixture'
import { buildVCard, escapeVCardText, foldVCardLine, vCardFileName } from './vcard'

/** Unfolds and splits, as a vCard reader would. */
function lines(vcard: string): string[] {
  return vcard.replace(/\r\n /g, '').split('\r\n')
}

test('escapes backslash, comma, semicolon and newlines in text values', () => {
  expect(escapeVCardText('a\\b,c;d\ne\r\nf')).toBe('a\\\\b\\,c\\;d\\ne\\nf')
})

test('builds a complete vCard 4.0 with CRLF line ends', () => {
  const vcard = buildVCard(
    parsedContact({
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
  expect(lines(buildVCard(parsedContact({ last_name: 'Huber' })))).toEqual([
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
  const vcard = buildVCard(parsedContact({ first_name: '<b>Bold</b>\nEND:VCARD', last_name: 'x;y' }))
  expect(lines(vcard)).toContain('FN:<b>Bold</b>\\nEND:VCARD x\\;y')
  expect(lines(vcard).filter((line) => line === 'END:VCARD')).toHaveLength(1)
})

test('a locale that is no language tag is left out, so it can never add lines of its own', () => {
  for (const locale of ['de\r\nURL:https://evil.example', 'en\nEMAIL:x@evil.example', 'de;x', 'not a tag']) {
    const vcard = buildVCard(parsedContact({ last_name: 'Huber', locale }))
    expect(lines(vcard).filter((line) => /^(LANG|URL|EMAIL)/.test(line))).toEqual([])
    expect(vcard).not.toContain('evil')
  }
  expect(lines(buildVCard(parsedContact({ locale: 'de_AT' })))).toContain('LANG:de-AT')
  expect(lines(buildVCard(parsedContact({ locale: 'EN-gb' })))).toContain('LANG:en-GB')
})

test('folds long lines at 75 octets without splitting multi-byte characters', () => {
  const long = `NOTE:${'ü'.repeat(60)}🦄${'a'.repeat(40)}`
  const folded = foldVCardLine(long)
  const encoder = new TextEncoder()
  for (const physical of folded.split('\r\n')) expect(encoder.encode(physical).length).toBeLessThanOrEqual(75)
  expect(folded.replace(/\r\n /g, '')).toBe(long)
})

test('names the file after the contact, without characters file systems reject', () => {
  expect(vCardFileName(parsedContact({ first_name: 'Anna', last_name: 'Maier', title: 'Dr.' }))).toBe(
    'Dr. Anna Maier.vcf',
  )
  expect(vCardFileName(parsedContact({ first_name: 'A/B', last_name: 'C:D*?"<>|' }))).toBe('AB CD.vcf')
  expect(vCardFileName(parsedContact())).toBe('contact.vcf')
})

test('a line of exactly 75 octets stays whole; longer ones continue on lines of a space and 74 octets', () => {
  expect(foldVCardLine('a'.repeat(75))).toBe('a'.repeat(75))
  expect(foldVCardLine('a'.repeat(76))).toBe(`${'a'.repeat(75)}\r\n a`)
  expect(foldVCardLine('a'.repeat(75 + 74 + 1))).toBe(`${'a'.repeat(75)}\r\n ${'a'.repeat(74)}\r\n a`)
  // 37 two-octet characters are 74 octets; the 38th would make 76
  expect(foldVCardLine(`a${'ü'.repeat(38)}`)).toBe(`a${'ü'.repeat(37)}\r\n ü`)
})

test.each([
  ['female', 'F'],
  [' Weiblich ', 'F'],
  ['w', 'F'],
  ['f', 'F'],
  ['male', 'M'],
  ['Männlich', 'M'],
  ['m', 'M'],
  ['diverse', 'O'],
  ['divers', 'O'],
  ['d', 'O'],
  ['other', 'O'],
  ['o', 'O'],
  ['X', 'O'],
])('the gender %j is written as GENDER:%s', (gender, code) => {
  const genders = lines(buildVCard(parsedContact({ last_name: 'Huber', gender }))).filter((line) =>
    line.startsWith('GENDER'),
  )
  expect(genders).toEqual([`GENDER:${code}`])
})

test.each(['unknown', '  ', null])('a gender vCard has no code for (%j) is left out', (gender) => {
  expect(buildVCard(parsedContact({ last_name: 'Huber', gender }))).not.toContain('GENDER')
})

test('empty name and address components keep their places, so readers put each part in its field', () => {
  const card = lines(
    buildVCard(
      parsedContact({
        first_name: 'Anna',
        title: '  ',
        address_town: 'Wien',
        address_country: { id: 'c-at', name: 'Austria', code: 'AT' },
      }),
    ),
  )
  expect(card).toContain('N:;Anna;;;')
  expect(card).toContain('ADR;TYPE=work:;;;Wien;;;Austria')
  expect(
    lines(
      buildVCard(
        parsedContact({ last_name: 'Huber', address_country: { id: 'c', name: 'Austria', code: 'AT' } }),
      ),
    ),
  ).toContain('ADR;TYPE=work:;;;;;;Austria')
  expect(
    lines(buildVCard(parsedContact({ last_name: 'Huber', address_street: 'Ring', address_house: '3' }))),
  ).toContain('ADR;TYPE=work:;;Ring 3;;;;')
})

test('an address of blanks only is no address', () => {
  const vcard = buildVCard(
    parsedContact({ last_name: 'Huber', address_street: ' ', address_zip: '  ', address_town: '\t' }),
  )
  expect(vcard).not.toContain('ADR')
})

test('private numbers, several companies and a name-less contact', () => {
  const card = lines(
    buildVCard(
      parsedContact({
        email: 'info@huber.example',
        telephone_private: '+43 1 234',
        mobile_private: '+43 660 1',
        companies: [
          { id: 'co-1', company_name: 'Huber KG' },
          { id: 'co-2', company_name: 'Huber Holding' },
        ],
      }),
    ),
  )
  expect(card).toEqual(
    expect.arrayContaining([
      'FN:info@huber.example',
      'TEL;VALUE=text;TYPE="home,voice":+43 1 234',
      'TEL;VALUE=text;TYPE="home,cell":+43 660 1',
      'ORG:Huber KG',
      'ORG:Huber Holding',
    ]),
  )
  expect(lines(buildVCard(parsedContact()))).toContain('FN:c-1')
})

test('a birthday that is not a calendar date is left out', () => {
  for (const birthday of ['12.04.1980', '1980-4-12', 'soon'])
    expect(buildVCard(parsedContact({ last_name: 'Huber', birthday }))).not.toContain('BDAY')
  expect(lines(buildVCard(parsedContact({ last_name: 'Huber', birthday: ' 1980-04-12 ' })))).toContain(
    'BDAY:19800412',
  )
})

test('the file name is tidied: runs of spaces, leading and trailing dots, at most 100 characters', () => {
  expect(vCardFileName(parsedContact({ first_name: '..Anna\t\t', last_name: 'Maier..' }))).toBe(
    'Anna Maier.vcf',
  )
  expect(vCardFileName(parsedContact({ last_name: 'x'.repeat(150) }))).toBe(`${'x'.repeat(100)}.vcf`)
  expect(vCardFileName(parsedContact({ last_name: '///' }), 'Kontakt')).toBe('Kontakt.vcf')
})
