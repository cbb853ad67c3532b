/** Fetchers for the contact endpoints: each one request, each answer parsed by its schema. */
import { apiRequest, apiRequestWithoutBody, buildUrl } from '../../../lib/api-client'
import { cursorPageSchema, singleObjectSchema } from '../../../api/schemas/common'
import { contactSchema, type ContactWrite } from '../../../api/schemas/contact'
import {
  CONTACT_INCLUDE_COMPANIES,
  RESTORE_METHOD,
  UPDATE_METHOD,
  paths,
  queryParams,
} from '../../../contract/kanbert-contract'
import { contactListQuery, type ContactListParams } from './contact-list-params'

const singleContactSchema = singleObjectSchema(contactSchema)
const contactPageSchema = cursorPageSchema(contactSchema)
const withCompanies = { [queryParams.include]: CONTACT_INCLUDE_COMPANIES }

/** The URL of a page of the list (as fetchContactPage requests it). */
export const contactPageUrl = (params: ContactListParams) =>
  buildUrl(paths.contacts, contactListQuery(params))

export function fetchContactPage(params: ContactListParams, signal?: AbortSignal) {
  return apiRequest(paths.contacts, contactPageSchema, { query: contactListQuery(params), signal })
}
export type ContactPage = Awaited<ReturnType<typeof fetchContactPage>>

export function fetchContact(id: string, signal?: AbortSignal) {
  return apiRequest(paths.contact(id), singleContactSchema, { query: withCompanies, signal })
}

export function createContact(body: ContactWrite) {
  return apiRequest(paths.contacts, singleContactSchema, { method: 'POST', body, query: withCompanies })
}

export function updateContact(id: string, body: ContactWrite) {
  return apiRequest(paths.contact(id), singleContactSchema, {
    method: UPDATE_METHOD,
    body,
    query: withCompanies,
  })
}

export function archiveContact(id: string) {
  return apiRequestWithoutBody(paths.contact(id), { method: 'DELETE' })
}

export function restoreContact(id: string) {
  return apiRequest(paths.contactRestore(id), singleContactSchema, {
    method: RESTORE_METHOD,
    query: withCompanies,
  })
}
