/**
 * Fetches every contact matching the list's search and filters, walking the cursor pages at the largest
 * page size. Cancellable through the signal; reports progress after each page.
 */
import type { Contact } from '../../../api/schemas/contact'
import { MAX_PAGE_SIZE } from '../../../contract/kanbert-contract'
import { fetchContactPage } from '../api/contact-api'
import type { ContactListParams } from '../api/contact-list-params'

/** Far more than any workspace has; stops a server that keeps returning cursors from looping forever. */
const MAX_PAGES = 10_000

export async function fetchAllContacts(
  params: ContactListParams,
  signal: AbortSignal,
  onProgress: (fetched: number) => void,
): Promise<Contact[]> {
  const contacts: Contact[] = []
  let cursor: string | null = null
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await fetchContactPage({ ...params, pageSize: MAX_PAGE_SIZE, cursor }, signal)
    contacts.push(...result.data)
    onProgress(contacts.length)
    cursor = result.meta.next_cursor
    if (cursor === null) break
  }
  return contacts
}

export function downloadText(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }))
  const link = document.createElement('a')
  link.href = url
  link.download = fileName
  link.style.display = 'none'
  document.body.append(link)
  link.click()
  link.remove()
  // Revoked after the click has been handled, or some browsers cancel the download.
  window.setTimeout(() => URL.revokeObjectURL(url), 1000)
}
