/**
 * A 422's `errors` (request field names, dotted for nested values) → form paths. Keys the form does not
 * show (or cannot place, such as an invalid company id) are returned separately for a form-level alert.
 */
import type { FieldPath } from 'react-hook-form'
import { contactStringFields } from '../../../api/schemas/contact'
import type { ContactFormValues } from './contact-form-values'
import { shortenDetail } from '../../../lib/error-text'

export interface PlacedError {
  path: FieldPath<ContactFormValues>
  message: string
}

export interface UnplacedError {
  key: string
  message: string
}

const relationPaths: Record<string, FieldPath<ContactFormValues>> = {
  owner_id: 'owner',
  client_id: 'client',
  address_country_id: 'address_country',
}

function formPath(
  key: string,
  customAliases: ReadonlySet<string>,
  companyCount: number,
): FieldPath<ContactFormValues> | null {
  if ((contactStringFields as readonly string[]).includes(key)) return key as FieldPath<ContactFormValues>
  const relation = relationPaths[key]
  if (relation) return relation
  const custom = /^custom_fields\.(.+)$/.exec(key)
  if (custom?.[1] !== undefined && customAliases.has(custom[1])) return `custom_fields.${custom[1]}`
  const position = /^companies\.(\d+)\.position$/.exec(key)
  if (position && Number(position[1]) < companyCount) return `companies.${Number(position[1])}.position`
  return null
}

export function mapServerErrors(
  fieldErrors: Record<string, string[]>,
  context: { customAliases: ReadonlySet<string>; companyCount: number },
): { placed: PlacedError[]; unplaced: UnplacedError[] } {
  const placed: PlacedError[] = []
  const unplaced: UnplacedError[] = []
  for (const [key, messages] of Object.entries(fieldErrors)) {
    // A 422's messages are shown beside the fields: one line, bounded, whatever the server wrote.
    const message = shortenDetail(messages.join(' '))
    const path = formPath(key, context.customAliases, context.companyCount)
    if (path) placed.push({ path, message })
    else unplaced.push({ key, message })
  }
  return { placed, unplaced }
}
