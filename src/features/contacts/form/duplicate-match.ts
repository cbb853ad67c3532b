/** Why a found contact counts as a possible duplicate of what is being typed. */
import type { Contact } from '../../../api/schemas/contact'
import { nameSpellings, type DuplicateProbe } from '../api/duplicate-filter'

export type MatchReason = 'email' | 'phone' | 'name'

const lower = (value: string | null) => (value ?? '').trim().toLowerCase()

export function matchReasons(contact: Contact, probe: DuplicateProbe): MatchReason[] {
  const emails = new Set(probe.emails.map(lower))
  const phones = new Set(probe.phones.map(lower))
  const reasons: MatchReason[] = []
  if ([contact.email, contact.email_private].some((email) => emails.has(lower(email)))) reasons.push('email')
  const contactPhones = [contact.telephone, contact.telephone_private, contact.mobile, contact.mobile_private]
  if (contactPhones.some((phone) => phones.has(lower(phone)))) reasons.push('phone')
  const { name } = probe
  if (
    name &&
    nameSpellings(name.first).includes(lower(contact.first_name)) &&
    nameSpellings(name.last).includes(lower(contact.last_name))
  ) {
    reasons.push('name')
  }
  return reasons
}
