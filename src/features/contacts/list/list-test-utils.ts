/** Helpers for the contact list's integration tests: read rows as the user sees them. */
import { screen, within } from '@testing-library/react'
import { getEmulator, storedContact } from '../../../../test/emulator-server'

/**
 * The data rows of the table, once the page is complete: its rows (skeleton rows are hidden from assistive
 * technology), and the toolbar and paging, which load in their own chunk beside the rows.
 */
export async function contactRows() {
  const table = await screen.findByRole('table', { name: 'Contacts' })
  await within(table).findAllByRole('checkbox', { name: /^Select (?!all)/ })
  await screen.findByRole('searchbox', { name: 'Search' })
  await screen.findByRole('combobox', { name: 'Rows per page' })
  return within(table).getAllByRole('row').slice(1)
}

/** The emulator's stored contact behind a row (the name links to `/contacts/<id>`). */
export function rowContact(row: HTMLElement) {
  const href = within(row).getAllByRole('link')[0]?.getAttribute('href') ?? ''
  return storedContact(decodeURIComponent(href.replace(/^\/contacts\//, '')))
}

export async function storedContactsOnScreen() {
  return (await contactRows()).map(rowContact)
}

export function activeContacts() {
  return getEmulator()
    .getState()
    .contacts.filter((contact) => contact.deleted_at === null)
}
