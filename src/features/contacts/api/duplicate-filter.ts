/**
 * The filter of the duplicate check. The API compares text ignoring case but not accents, and cannot
 * fold "ü" into "ue", so each name is asked for in all its likely spellings (contract §14.4).
 */
import { and, or, type FilterNode } from '../../../lib/filter'
import { whereContact } from './contact-list-params'

/** What the form holds that may identify a contact already stored. Empty parts are not looked up. */
export interface DuplicateProbe {
  emails: string[]
  phones: string[]
  /** Both names, or null: one name alone matches too many people. */
  name: { first: string; last: string } | null
}

const UMLAUTS: [string, string][] = [
  ['ä', 'ae'],
  ['ö', 'oe'],
  ['ü', 'ue'],
  ['ß', 'ss'],
]

/** "Müller" → müller, mueller, muller; "Mueller" → mueller, müller; "Gross" → gross, groß. Lower case: the API ignores case. */
export function nameSpellings(name: string): string[] {
  const typed = name.trim().toLowerCase()
  let expanded = typed
  let contracted = typed
  for (const [umlaut, spelled] of UMLAUTS) {
    expanded = expanded.replaceAll(umlaut, spelled)
    contracted = contracted.replaceAll(spelled, umlaut)
  }
  const bare = typed.normalize('NFD').replace(/\p{Diacritic}/gu, '')
  return [...new Set([typed, expanded, contracted, bare].filter((spelling) => spelling !== ''))]
}

/** The contact's email and phone fields: a duplicate may carry the value in any of them. */
export const EMAIL_FIELDS = ['email', 'email_private'] as const
export const PHONE_FIELDS = ['telephone', 'telephone_private', 'mobile', 'mobile_private'] as const

export function isEmptyProbe(probe: DuplicateProbe): boolean {
  return probe.emails.length === 0 && probe.phones.length === 0 && probe.name === null
}

/** Any email in either email field, any phone in any phone field, or both names in any spelling. */
export function duplicateFilter(probe: DuplicateProbe): FilterNode {
  const { emails, phones, name } = probe
  return or(
    ...(emails.length > 0 ? EMAIL_FIELDS.map((field) => whereContact(field, 'in', emails)) : []),
    ...(phones.length > 0 ? PHONE_FIELDS.map((field) => whereContact(field, 'in', phones)) : []),
    name &&
      and(
        whereContact('first_name', 'in', nameSpellings(name.first)),
        whereContact('last_name', 'in', nameSpellings(name.last)),
      ),
  )
}
