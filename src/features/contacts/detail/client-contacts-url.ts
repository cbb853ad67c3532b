/**
 * The contact list's URL filtered to one client. Built with the list's own URL encoder, so the link
 * always matches how the list reads its filter conditions from the URL.
 */
import { defaultContactListParams, whereContact } from '../api/contact-list-params'
import { listParamsToUrl } from '../list/list-url-state'

export function clientContactsListUrl(clientId: string): string {
  const search = listParamsToUrl({
    ...defaultContactListParams,
    conditions: [whereContact('client.id', 'eq', clientId)],
  })
  return `/contacts?${search.toString()}`
}
