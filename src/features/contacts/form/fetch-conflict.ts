import type { QueryClient } from '@tanstack/react-query'
import type { Contact } from '../../../api/schemas/contact'
import { contactQueries } from '../api/contact-queries'
import type { CustomFieldInfo } from '../shared/custom-field-kinds'
import { findConflict, type Conflict } from './conflict'
import { contactToFormValues } from './contact-form-values'
import { normalizeContact, type NormalizedContact } from './contact-normalize'
import type { FormSession } from './form-session'

export type ServerConflict = Conflict & { fresh: Contact }

/** Reads the contact fresh from the server; a version other than the one the form opened is a conflict. */
export async function fetchConflict(
  queryClient: QueryClient,
  contactId: string,
  session: FormSession,
  mine: NormalizedContact,
  fields: readonly CustomFieldInfo[],
): Promise<ServerConflict | null> {
  const fresh = await queryClient.query({ ...contactQueries.detail(contactId), staleTime: 0 })
  if (fresh.updated_at === session.openedAt) return null
  const theirs = normalizeContact(contactToFormValues(fresh, fields), fields)
  return { ...findConflict(session.base, mine, theirs, fresh.updated_at), fresh }
}
