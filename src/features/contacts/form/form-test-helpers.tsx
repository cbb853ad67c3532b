/** Shared steps of the form tests: find seeded contacts, open the form, read what the emulator stored. */
import { screen, waitFor } from '@testing-library/react'
import { getEmulator } from '../../../../test/emulator-server'
import { renderApp } from '../../../../test/render'

type StoredContact = ReturnType<ReturnType<typeof getEmulator>['getState']>['contacts'][number]

/** A seeded, active contact matching `predicate` (the seed is deterministic, so this is stable). */
export function seededContact(predicate: (contact: StoredContact) => boolean = () => true): StoredContact {
  const contact = getEmulator()
    .getState()
    .contacts.find(
      (candidate) =>
        candidate.deleted_at === null &&
        candidate.first_name !== null &&
        candidate.last_name !== null &&
        predicate(candidate),
    )
  if (!contact) throw new Error('no seeded contact matches')
  return contact
}

/** A change made by someone else, through the API, while our form is open. */
export async function colleagueChanges(id: string, body: Record<string, unknown>): Promise<void> {
  const response = await getEmulator().handle({
    method: 'PATCH',
    path: `/contacts/${id}`,
    query: new URLSearchParams(),
    body,
  })
  if (response.status !== 200) throw new Error(`colleague's change failed: ${String(response.status)}`)
}

export async function openEditForm(id: string) {
  const app = renderApp(`/contacts/${id}/edit`)
  await screen.findByRole('form', { name: /^Edit / }, { timeout: 20_000 })
  return app
}

export async function openCreateForm() {
  const app = renderApp('/contacts/new')
  await screen.findByRole('form', { name: 'New contact' }, { timeout: 20_000 })
  return app
}

export function saveButton(): HTMLElement {
  return screen.getByRole('button', { name: /^(Save|Create contact)$/ })
}

/** After a save the app navigates; on a busy machine that can take longer than waitFor's default second. */
export async function expectPath(router: { state: { location: { pathname: string } } }, pathname: string) {
  await waitFor(() => expect(router.state.location.pathname).toBe(pathname), { timeout: 20_000 })
}
