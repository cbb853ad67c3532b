/**
 * Writes for bulk runs: each one request, each keeping the detail cache in step; the lists are
 * invalidated once when a run ends (`settle`), not once per contact.
 */
import { useMemo } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { Contact, ContactWrite } from '../../../api/schemas/contact'
import { fetchContact, updateContact } from './contact-api'
import { contactQueries } from './contact-queries'

export interface BulkContactWrites {
  /** A fresh read from the server (never the cache): what Undo compares `updated_at` with. */
  read: (id: string) => Promise<Contact>
  update: (id: string, body: ContactWrite) => Promise<Contact>
  settle: () => Promise<void>
}

export function useBulkContactWrites(): BulkContactWrites {
  const queryClient = useQueryClient()
  return useMemo(
    () => ({
      read: (id) => fetchContact(id),
      update: async (id, body) => {
        const contact = await updateContact(id, body)
        queryClient.setQueryData(contactQueries.detail(id).queryKey, contact)
        return contact
      },
      settle: () => queryClient.invalidateQueries({ queryKey: contactQueries.lists() }),
    }),
    [queryClient],
  )
}
