/** Tests only: a contact as the API answers it, with the few required fields filled and `overrides` on top. */
import { contactSchema, type Contact } from '../../../api/schemas/contact'

export function parsedContact(overrides: Partial<Record<keyof Contact, unknown>> = {}): Contact {
  return contactSchema.parse({
    id: 'c-1',
    address_country: null,
    owner: null,
    client: null,
    created_at: '2024-01-02T03:04:05Z',
    updated_at: '2025-06-07T08:09:10Z',
    ...overrides,
  })
}
