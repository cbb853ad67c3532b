import type { Contact } from '../../../api/schemas/contact'
import { useCreateContact, useUpdateContact } from '../api/contact-mutations'
import { toContactWrite, type FieldKey } from './contact-diff'
import type { NormalizedContact } from './contact-normalize'

/** Creates or updates (with only `keys`), depending on whether the form edits a stored contact. */
export function useSendContact(contactId: string | null) {
  const update = useUpdateContact()
  const create = useCreateContact()
  const send = async (values: NormalizedContact, keys: readonly FieldKey[]): Promise<Contact> => {
    const body = toContactWrite(values, keys)
    return contactId ? update.mutateAsync({ id: contactId, body }) : create.mutateAsync(body)
  }
  return { send, sending: update.isPending || create.isPending }
}
