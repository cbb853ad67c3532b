/** Which contact fields go into the CSV, in which order, and how each becomes a cell. */
import type { Contact } from '../../../api/schemas/contact'
import { countryName } from '../detail/person-facts'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { userFullName } from '../shared/contact-names'
import type { UserNameOf } from '../shared/user-names'
import type { CsvCell } from './csv'

/** The export's language (the UI's): country names and yes/no read as they do on screen. */
export interface CsvLanguage {
  language: string
  yes: string
  no: string
}

export const csvColumns = [
  'id',
  'title',
  'first_name',
  'last_name',
  'title_suffix',
  'position',
  'email',
  'email_private',
  'telephone',
  'mobile',
  'fax',
  'birthday',
  'address_street',
  'address_house',
  'address_street2',
  'address_zip',
  'address_town',
  'address_state',
  'country',
  'country_code',
  'owner',
  'client',
  'client_shortcode',
  'companies',
  'archived',
  'created_at',
  'updated_at',
] as const
export type CsvColumn = (typeof csvColumns)[number]

function cell(contact: Contact, column: CsvColumn, texts: CsvLanguage): CsvCell {
  switch (column) {
    case 'country':
      return contact.address_country && countryName(contact.address_country, texts.language)
    case 'country_code':
      return contact.address_country?.code
    case 'owner':
      return contact.owner ? userFullName(contact.owner) : null
    case 'client':
      return contact.client?.name
    case 'client_shortcode':
      return contact.client?.shortcode
    case 'companies':
      return (contact.companies ?? [])
        .map((company) => {
          const name = company.company_name ?? ''
          const position = company.contact_company?.position
          return position ? `${name} (${position})` : name
        })
        .join('; ')
    case 'archived':
      return yesNo(contact.deleted_at !== null, texts)
    default:
      return contact[column]
  }
}

function yesNo(value: boolean, texts: CsvLanguage) {
  return value ? texts.yes : texts.no
}

function customCell(
  value: Contact['custom_fields'][string] | undefined,
  field: CustomFieldInfo,
  userName: UserNameOf,
  texts: CsvLanguage,
): CsvCell {
  if (Array.isArray(value)) return value.join('; ')
  if (typeof value === 'boolean') return yesNo(value, texts)
  if (field.kind === 'user' && typeof value === 'string' && value !== '') return userName(value)
  return value
}

/**
 * Data rows: the fixed columns, then one per custom field. Dates stay ISO and numbers raw (a spreadsheet
 * reads them in any language); words — countries, yes/no — are in the export's language, people by name.
 */
export function contactCsvRow(
  contact: Contact,
  customFields: readonly CustomFieldInfo[],
  texts: CsvLanguage,
  userName: UserNameOf,
): CsvCell[] {
  return [
    ...csvColumns.map((column) => cell(contact, column, texts)),
    ...customFields.map((field) => customCell(contact.custom_fields[field.alias], field, userName, texts)),
  ]
}
