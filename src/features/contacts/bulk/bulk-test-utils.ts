/** Helpers for the bulk edit integration tests: select rows, open the dialog, see what was written. */
import { act, screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { getEmulator, server } from '../../../../test/emulator-server'
import { UPDATE_METHOD } from '../../../contract/kanbert-contract'
import type { ContactRecord } from '../../../emulator/core/types'

/** The body of every contact update the app sends from here on, by contact id (read when the test awaits). */
export function recordUpdates() {
  const reads: Promise<[string, unknown]>[] = []
  server.events.on('request:start', ({ request }) => {
    if (request.method !== UPDATE_METHOD) return
    const id = decodeURIComponent(new URL(request.url).pathname.split('/').at(-1) ?? '')
    reads.push(
      request
        .clone()
        .json()
        .then((body: unknown) => [id, body]),
    )
  })
  return {
    count: () => reads.length,
    bodies: async () => new Map(await Promise.all(reads)),
  }
}

afterEach(() => server.events.removeAllListeners())

/** A user who owns none of the contacts: setting them as owner changes every one. */
export function ownerOfNone(contacts: readonly Pick<ContactRecord, 'owner_id'>[]) {
  const owner = getEmulator()
    .getState()
    .users.find((candidate) => contacts.every((contact) => contact.owner_id !== candidate.id))
  if (!owner) throw new Error('need a user who owns none of them')
  return owner
}

/** Ticks the rows and opens the bulk edit dialog for them. */
export async function editSelected(user: UserEvent, rows: readonly HTMLElement[]) {
  for (const row of rows) await user.click(within(row).getByRole('checkbox'))
  await user.click(await screen.findByRole('button', { name: 'Edit' }))
  const count = rows.length
  return screen.findByRole('dialog', {
    name: `Edit ${String(count)} ${count === 1 ? 'contact' : 'contacts'}`,
  })
}

export const stored = (id: string): ContactRecord | undefined =>
  getEmulator()
    .getState()
    .contacts.find((contact) => contact.id === id)

/** Someone else saves this contact, a second later (`updated_at` has seconds precision). */
export async function editedByOthersLater(id: string, body: Record<string, unknown>) {
  // In act: the app may still be refetching its list meanwhile.
  await act(() => new Promise((resolve) => setTimeout(resolve, 1100)))
  const answer = await getEmulator().handle({
    method: UPDATE_METHOD,
    path: `/contacts/${id}`,
    query: new URLSearchParams(),
    body,
  })
  if (answer.status !== 200) throw new Error(`the other edit failed: ${String(answer.status)}`)
}
