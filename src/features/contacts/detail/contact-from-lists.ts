/**
 * The contact as a cached list page has it (lists load companies too), so the detail renders at once when
 * the user comes from the list. The cache is read as `unknown` and the hit re-validated, so this keeps
 * working whether the list caches plain pages or infinite-query pages.
 */
import type { QueryClient } from '@tanstack/react-query'
import { contactSchema, type Contact } from '../../../api/schemas/contact'
import { contactQueries } from '../api/contact-queries'

function itemsOf(data: unknown): unknown[] {
  if (typeof data !== 'object' || data === null) return []
  if ('data' in data && Array.isArray(data.data)) return data.data
  if ('pages' in data && Array.isArray(data.pages)) return data.pages.flatMap(itemsOf)
  return []
}

function hasId(item: unknown, id: string): boolean {
  return typeof item === 'object' && item !== null && 'id' in item && item.id === id
}

export function contactFromLists(queryClient: QueryClient, id: string): Contact | undefined {
  for (const [, data] of queryClient.getQueriesData({ queryKey: contactQueries.lists() })) {
    const hit = itemsOf(data).find((item) => hasId(item, id))
    if (hit === undefined) continue
    const parsed = contactSchema.safeParse(hit)
    if (parsed.success) return parsed.data
  }
  return undefined
}
