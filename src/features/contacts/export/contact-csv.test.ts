import { parsedContact } from '../shared/contact-fixture'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { contactCsvRow, csvColumns, type CsvColumn } from './contact-csv'

const english = { language: 'en', yes: 'yes', no: 'no' }
const german = { language: 'de', yes: 'ja', no: 'nein' }
const fields: CustomFieldInfo[] = [
  { alias: 'newsletter', title: 'Newsletter', kind: 'boolean', options: null },
  { alias: 'interests', title: 'Interests', kind: 'list', options: null },
  { alias: 'employees', title: 'Employees', kind: 'integer', options: null },
]

/** No user-type field in these rows: a name lookup would be a mistake. */
const noUsers = (id: string): string => {
  throw new Error(`no user lookup expected, got ${id}`)
}

function byColumn(row: unknown[]): Record<CsvColumn, unknown> {
  return Object.fromEntries(csvColumns.map((column, index) => [column, row[index]])) as Record<
    CsvColumn,
    unknown
  >
}

test('a row has the fixed columns in order, words in the export’s language, dates as stored', () => {
  const row = contactCsvRow(
    parsedContact({
      first_name: 'Anna',
      last_name: 'Maier',
      birthday: '1980-04-12',
      address_country: { id: 'c-at', name: 'Österreich (stored)', code: 'at' },
      owner: {
        id: 'u',
        first_name: 'Jonas',
        last_name: 'Berg',
        email: 'j@b.de',
        type: 'user',
        space: { id: 's', name: 'S' },
      },
      client: { id: 'cl', name: 'Kanzlei Berg', shortcode: 'KB' },
      companies: [
        { id: 'co-1', company_name: 'ACME', contact_company: { position: 'CEO' } },
        { id: 'co-2', company_name: 'Beta', contact_company: { position: null } },
        { id: 'co-3', company_name: null },
      ],
      deleted_at: '2026-01-01T00:00:00Z',
    }),
    [],
    german,
    noUsers,
  )
  expect(row).toHaveLength(csvColumns.length)
  expect(byColumn(row)).toMatchObject({
    id: 'c-1',
    first_name: 'Anna',
    last_name: 'Maier',
    birthday: '1980-04-12',
    country: 'Österreich',
    country_code: 'at',
    owner: 'Jonas Berg',
    client: 'Kanzlei Berg',
    client_shortcode: 'KB',
    companies: 'ACME (CEO); Beta; ',
    archived: 'ja',
    created_at: '2024-01-02T03:04:05Z',
    updated_at: '2025-06-07T08:09:10Z',
  })
  expect(byColumn(contactCsvRow(parsedContact(), [], english, noUsers))).toMatchObject({
    country: null,
    country_code: undefined,
    owner: null,
    client: undefined,
    companies: '',
    archived: 'no',
  })
})

test('custom fields follow in the order given: lists joined, switches as yes/no, numbers raw', () => {
  const row = contactCsvRow(
    parsedContact({ custom_fields: { newsletter: true, interests: ['Lohn', 'Bilanz'], employees: 12 } }),
    fields,
    english,
    noUsers,
  )
  expect(row.slice(csvColumns.length)).toEqual(['yes', 'Lohn; Bilanz', 12])
  const unset = contactCsvRow(
    parsedContact({ custom_fields: { newsletter: false } }),
    fields,
    german,
    noUsers,
  )
  expect(unset.slice(csvColumns.length)).toEqual(['nein', undefined, undefined])
})
