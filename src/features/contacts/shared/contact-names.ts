/** How people and places are named everywhere in the contacts feature. */
import type { Contact } from '../../../api/schemas/contact'
import type { User } from '../../../api/schemas/common'

type NameParts = Pick<Contact, 'title' | 'first_name' | 'last_name' | 'title_suffix'>

/** "Dr. Anna Maier, MBA"; null when the record has no name at all. */
export function contactFullName(contact: NameParts): string | null {
  const core = [contact.title, contact.first_name, contact.last_name].filter(Boolean).join(' ')
  if (!core) return null
  return contact.title_suffix ? `${core}, ${contact.title_suffix}` : core
}

/** "Maier, Anna" style is not used: staff search and read names first-name first, as Kanbert shows them. */
export function contactInitials(contact: Pick<Contact, 'first_name' | 'last_name'>): string {
  const letters = [contact.first_name, contact.last_name].map((part) => part?.trim().charAt(0) ?? '').join('')
  return letters.toLocaleUpperCase() || '?'
}

export function userFullName(user: Pick<User, 'first_name' | 'last_name'>): string {
  return `${user.first_name} ${user.last_name}`.trim()
}
