import { CONTACT_INCLUDE_COMPANIES, queryParams } from '../../../contract/kanbert-contract'
import type { ContactChanges } from '../contact-validation'
import { blankContact } from '../blank-contact'
import { validateContactWrite } from '../contact-validation'
import { listResponse } from '../list/list-response'
import { parseIncludes } from '../list/list-response'
import { createRng, uuidFrom } from '../prng'
import { jsonResponse, noContent, notFound, validationResponse } from '../responses'
import { contactData } from '../serialize'
import { toIso } from '../time'
import type { ContactRecord, EmulatorResponse } from '../types'
import { contactResource } from './contact-resource'
import type { RouteContext } from './route-context'

const NOT_FOUND = 'No query results for model [App\\Models\\Contact].'

function findContact(ctx: RouteContext, activeOnly: boolean): ContactRecord {
  const contact = ctx.lookups.contact(ctx.params.id ?? '')
  if (!contact || (activeOnly && contact.deleted_at !== null)) throw notFound(NOT_FOUND)
  return contact
}

function contactBody(ctx: RouteContext, contact: ContactRecord, status = 200): EmulatorResponse {
  const includes = parseIncludes(ctx.query.get(queryParams.include), [CONTACT_INCLUDE_COMPANIES])
  return jsonResponse(status, contactData(contact, ctx.lookups, includes.has(CONTACT_INCLUDE_COMPANIES)))
}

function applyChanges(contact: ContactRecord, changes: ContactChanges, now: number): void {
  Object.assign(contact, changes.fields)
  if (changes.companies) contact.companies = changes.companies
  if (changes.custom_fields) contact.custom_fields = { ...contact.custom_fields, ...changes.custom_fields }
  contact.updated_at = toIso(now)
}

export const listContacts = (ctx: RouteContext): EmulatorResponse =>
  listResponse(contactResource(ctx.lookups), ctx.query, { meId: ctx.state.me_id, now: ctx.now })

export const showContact = (ctx: RouteContext): EmulatorResponse => contactBody(ctx, findContact(ctx, false))

export function createContact(ctx: RouteContext): EmulatorResponse {
  parseIncludes(ctx.query.get(queryParams.include), [CONTACT_INCLUDE_COMPANIES])
  const result = validateContactWrite(ctx.body, ctx.lookups, null)
  if (!result.ok) return validationResponse(result.errors)
  ctx.state.sequence += 1
  // Ids of created contacts come from the state's own counter, so a replayed session yields the same ids.
  const id = uuidFrom(createRng((ctx.state.seed ^ 0x51ed) + ctx.state.sequence * 7919))
  const stamp = toIso(ctx.now)
  const contact = blankContact(id, { created_at: stamp, updated_at: stamp })
  applyChanges(contact, result.changes, ctx.now)
  ctx.state.contacts.push(contact)
  return contactBody(ctx, contact, 201)
}

export function updateContact(ctx: RouteContext): EmulatorResponse {
  const contact = findContact(ctx, true)
  parseIncludes(ctx.query.get(queryParams.include), [CONTACT_INCLUDE_COMPANIES])
  const result = validateContactWrite(ctx.body, ctx.lookups, contact)
  if (!result.ok) return validationResponse(result.errors)
  applyChanges(contact, result.changes, ctx.now)
  return contactBody(ctx, contact)
}

export function archiveContact(ctx: RouteContext): EmulatorResponse {
  const contact = findContact(ctx, true)
  contact.deleted_at = toIso(ctx.now)
  contact.updated_at = contact.deleted_at
  return noContent()
}

export function restoreContact(ctx: RouteContext): EmulatorResponse {
  const contact = findContact(ctx, false)
  if (contact.deleted_at !== null) {
    contact.deleted_at = null
    contact.updated_at = toIso(ctx.now)
  }
  return contactBody(ctx, contact)
}
