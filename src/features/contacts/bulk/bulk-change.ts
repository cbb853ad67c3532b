/**
 * One bulk edit: which field, to which value. For each contact it says whether the contact already has
 * that value and which minimal write makes the change (one field; companies are sent as the whole new
 * list, as the API replaces a contact's links on update).
 */
import type { Client, User } from '../../../api/schemas/common'
import type { CustomFieldValue } from '../../../api/schemas/company'
import type { Contact, ContactWrite } from '../../../api/schemas/contact'

export interface CompanyRef {
  id: string
  name: string
}

export type BulkChange =
  | { field: 'owner'; user: User | null }
  | { field: 'client'; client: Client | null }
  | { field: 'custom'; alias: string; value: CustomFieldValue }
  | { field: 'addCompany'; company: CompanyRef; position: string | null }
  | { field: 'removeCompany'; company: CompanyRef }

type CompanyLink = { id: string; position: string | null }

/** The API answers a link without a position with `""`; we write and compare it as null, as the form does. */
function companyLinks(contact: Contact): CompanyLink[] {
  return (contact.companies ?? []).map((company) => {
    const position = company.contact_company?.position ?? null
    return { id: company.id, position: position === '' ? null : position }
  })
}

function sameValue(a: CustomFieldValue | undefined, b: CustomFieldValue): boolean {
  const left = a ?? null
  if (Array.isArray(left) && Array.isArray(b))
    return left.length === b.length && left.every((item, index) => item === b[index])
  return left === b
}

/** True when the contact already has what the change would set: it is left alone and counted. */
export function alreadyHas(contact: Contact, change: BulkChange): boolean {
  switch (change.field) {
    case 'owner':
      return (contact.owner?.id ?? null) === (change.user?.id ?? null)
    case 'client':
      return (contact.client?.id ?? null) === (change.client?.id ?? null)
    case 'custom':
      return sameValue(contact.custom_fields[change.alias], change.value)
    case 'addCompany':
      return companyLinks(contact).some(
        (link) => link.id === change.company.id && link.position === change.position,
      )
    case 'removeCompany':
      return !companyLinks(contact).some((link) => link.id === change.company.id)
  }
}

/** The write that makes the change on this contact: just the one field. */
export function changeWrite(contact: Contact, change: BulkChange): ContactWrite {
  switch (change.field) {
    case 'owner':
      return { owner_id: change.user?.id ?? null }
    case 'client':
      return { client_id: change.client?.id ?? null }
    case 'custom':
      return { custom_fields: { [change.alias]: change.value } }
    case 'addCompany': {
      const others = companyLinks(contact).filter((link) => link.id !== change.company.id)
      return { companies: [...others, { id: change.company.id, position: change.position }] }
    }
    case 'removeCompany':
      return { companies: companyLinks(contact).filter((link) => link.id !== change.company.id) }
  }
}

/** The write that puts back what `before` had in the changed field (for Undo). */
export function restoreWrite(before: Contact, change: BulkChange): ContactWrite {
  switch (change.field) {
    case 'owner':
      return { owner_id: before.owner?.id ?? null }
    case 'client':
      return { client_id: before.client?.id ?? null }
    case 'custom':
      return { custom_fields: { [change.alias]: before.custom_fields[change.alias] ?? null } }
    case 'addCompany':
    case 'removeCompany':
      return { companies: companyLinks(before) }
  }
}
