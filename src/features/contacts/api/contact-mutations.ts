/**
 * Mutations own their cache effects (detail entry updated, lists invalidated); components pass only UI
 * effects (toast, navigate, form reset) via `mutate(vars, { onSuccess })`. `meta.permission` names the
 * action a 403 makes read-only for the session (see app/query-client.ts).
 */
import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query'
import type { Contact, ContactWrite } from '../../../api/schemas/contact'
import { archiveContact, createContact, restoreContact, updateContact } from './contact-api'
import { contactQueries } from './contact-queries'

function storeContact(queryClient: QueryClient, contact: Contact) {
  queryClient.setQueryData(contactQueries.detail(contact.id).queryKey, contact)
  return queryClient.invalidateQueries({ queryKey: contactQueries.lists() })
}

export function useCreateContact() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (body: ContactWrite) => createContact(body),
    meta: { permission: 'create' },
    onSuccess: (contact) => storeContact(queryClient, contact),
  })
}

export function useUpdateContact() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: ContactWrite }) => updateContact(id, body),
    meta: { permission: 'edit' },
    onSuccess: (contact) => storeContact(queryClient, contact),
  })
}

export function useArchiveContact() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => archiveContact(id),
    meta: { permission: 'archive' },
    onSuccess: (_result, id) =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: contactQueries.detail(id).queryKey }),
        queryClient.invalidateQueries({ queryKey: contactQueries.lists() }),
      ]),
  })
}

export function useRestoreContact() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: (id: string) => restoreContact(id),
    meta: { permission: 'archive' },
    onSuccess: (contact) => storeContact(queryClient, contact),
  })
}
