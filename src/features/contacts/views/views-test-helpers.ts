/** Shared steps of the saved-views tests. Only imported by tests. */
import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import { http, HttpResponse } from 'msw'
import { getEmulator, server, TEST_API_BASE_URL } from '../../../../test/emulator-server'
import type { SavedView, SavedViewsRecord } from './saved-views-record'
import { SAVED_VIEWS_KEY } from './saved-views-key'

export function viewsButton() {
  return screen.findByRole('button', { name: /^Views/ }, { timeout: 20_000 })
}

/** The views button once it reads `name` (it follows the list's address as the list renders). */
export function viewsButtonNamed(name: string) {
  return screen.findByRole('button', { name }, { timeout: 20_000 })
}

export async function openViewsMenu(user: UserEvent) {
  await user.click(await viewsButton())
  return screen.findByRole('menu')
}

/** Saves the list's current state under `name` through the menu and dialog. */
export async function saveView(user: UserEvent, name: string) {
  await openViewsMenu(user)
  await user.click(screen.getByRole('menuitem', { name: 'Save current view…' }))
  const dialog = await screen.findByRole('dialog', { name: 'Save view' })
  await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), name)
  await user.click(within(dialog).getByRole('button', { name: 'Save' }))
  await screen.findByText(`View “${name}” saved`)
}

/** Stores views for a user before the app starts, as an earlier visit would have. */
export function storeViews(userId: string, views: SavedView[], startViewId: string | null = null) {
  const record: SavedViewsRecord = {
    version: 1,
    lastUserId: userId,
    users: { [userId]: { views, startViewId } },
  }
  window.localStorage.setItem(SAVED_VIEWS_KEY, JSON.stringify(record))
}

/** From now on GET /custom-fields answers as the emulator does, without the field `alias`: it was deleted. */
export function deleteCustomFieldDefinition(alias: string) {
  server.use(
    http.get(`${TEST_API_BASE_URL}/custom-fields`, async ({ request }) => {
      const url = new URL(request.url)
      const answer = await getEmulator().handle({
        method: 'GET',
        path: '/custom-fields',
        query: url.searchParams,
        body: undefined,
      })
      const body: unknown = JSON.parse(answer.body ?? '{}')
      if (typeof body !== 'object' || body === null || !('data' in body) || !Array.isArray(body.data))
        throw new Error('unexpected body')
      const data: unknown[] = body.data
      return HttpResponse.json({
        ...body,
        data: data.filter(
          (definition) =>
            typeof definition !== 'object' ||
            definition === null ||
            !('alias' in definition) ||
            definition.alias !== alias,
        ),
      })
    }),
  )
}
