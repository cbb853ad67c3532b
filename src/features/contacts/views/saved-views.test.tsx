import { act, configure, screen, waitFor, within } from '@testing-library/react'
import { renderApp } from '../../../../test/render'
import { signedInUserId } from '../../session/session-test-helpers'
import { contactRows } from '../list/list-test-utils'
import { readSavedViews } from './saved-views-store'
import { SAVED_VIEWS_KEY } from './saved-views-key'
import {
  deleteCustomFieldDefinition,
  openViewsMenu,
  saveView,
  storeViews,
  viewsButtonNamed,
} from './views-test-helpers'

// Whole-app renders on a shared 2-core machine: generous waits, the assertions stay strict.
configure({ asyncUtilTimeout: 10_000 })
vi.setConfig({ testTimeout: 60_000 })

function columnHeader(name: string) {
  return within(screen.getByRole('table', { name: 'Contacts' })).queryByRole('columnheader', { name })
}

/** One message shows at a time: close it so the next one shows now. */
async function closeNotice(user: ReturnType<typeof renderApp>['user'], text: string) {
  await screen.findByText(text)
  const notice = screen.getAllByRole('status').find((status) => status.textContent.includes(text))
  if (!notice) throw new Error(`no message "${text}"`)
  await user.click(within(notice).getByRole('button', { name: 'Close' }))
}

async function setColumn(user: ReturnType<typeof renderApp>['user'], name: string) {
  await user.click(screen.getByRole('button', { name: 'Columns' }))
  await user.click(await screen.findByRole('menuitemcheckbox', { name }))
  await user.keyboard('{Escape}')
}

test('saves search, filter, sorting, page size and columns as a view; picking it brings them all back', async () => {
  const { user, router } = renderApp('/contacts?q=er&f=address_town:contains:"m"&sort=-last_name&size=10')
  await contactRows()
  await setColumn(user, 'Phone')
  expect(columnHeader('Phone')).not.toBeInTheDocument()
  await saveView(user, 'Towns with M')
  await viewsButtonNamed('Views: Towns with M')

  await openViewsMenu(user)
  await user.click(screen.getByRole('menuitemradio', { name: 'Default list' }))
  await waitFor(() => expect(router.state.location.search).toBe(''))
  await setColumn(user, 'Phone')
  await viewsButtonNamed('Views')

  await openViewsMenu(user)
  expect(screen.getByRole('menuitemradio', { name: 'Default list' })).toHaveAttribute('aria-checked', 'true')
  await user.click(screen.getByRole('menuitemradio', { name: 'Towns with M' }))
  await waitFor(() =>
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      q: 'er',
      f: 'address_town:contains:"m"',
      sort: '-last_name',
      size: '10',
    }),
  )
  await waitFor(() => expect(columnHeader('Phone')).not.toBeInTheDocument())
  await viewsButtonNamed('Views: Towns with M')
  // Picking a view is a navigation of its own: Back returns to the list before it.
  await act(() => router.navigate(-1))
  await waitFor(() => expect(router.state.location.search).toBe(''))
})

test('a view name is required, trimmed, unique per user and at most 60 characters; a refused name stays typed', async () => {
  const { user } = renderApp('/contacts?size=10')
  await contactRows()
  await saveView(user, 'Leads')

  await openViewsMenu(user)
  await user.click(screen.getByRole('menuitem', { name: 'Save current view…' }))
  const dialog = await screen.findByRole('dialog', { name: 'Save view' })
  const name = within(dialog).getByRole('textbox', { name: 'Name' })
  await user.type(name, '   ')
  await user.click(within(dialog).getByRole('button', { name: 'Save' }))
  expect(await within(dialog).findByText('Enter a name.')).toBeInTheDocument()

  await user.clear(name)
  await user.type(name, ' leads ')
  await user.click(within(dialog).getByRole('button', { name: 'Save' }))
  expect(await within(dialog).findByText('You already have a view named “leads”.')).toBeInTheDocument()
  expect(name).toHaveValue(' leads ')

  await user.clear(name)
  await user.type(name, 'x'.repeat(61))
  await user.click(within(dialog).getByRole('button', { name: 'Save' }))
  expect(await within(dialog).findByText('Use at most 60 characters.')).toBeInTheDocument()
  expect(name).toHaveValue('x'.repeat(61))

  await user.clear(name)
  await user.type(name, '  Leads north  ')
  await user.click(within(dialog).getByRole('button', { name: 'Save' }))
  await screen.findByText('View “Leads north” saved')
  expect(readSavedViews().users[signedInUserId()]?.views.map((view) => view.name)).toEqual([
    'Leads',
    'Leads north',
  ])
})

test('rename, update with the current state, and delete with Undo', async () => {
  const { user, router } = renderApp('/contacts?q=er&size=10')
  await contactRows()
  await saveView(user, 'Er')
  await closeNotice(user, 'View “Er” saved')

  await openViewsMenu(user)
  await user.click(screen.getByRole('menuitem', { name: 'Rename…' }))
  const dialog = await screen.findByRole('dialog', { name: 'Rename view' })
  const name = within(dialog).getByRole('textbox', { name: 'Name' })
  expect(name).toHaveValue('Er')
  await user.clear(name)
  await user.type(name, 'Names with er')
  await user.click(within(dialog).getByRole('button', { name: 'Rename' }))
  await viewsButtonNamed('Views: Names with er')
  await closeNotice(user, 'View renamed to “Names with er”')

  // Changing the list after picking marks the view as changed, until it is updated.
  await user.selectOptions(screen.getByRole('combobox', { name: 'Sort by' }), 'Last name, A → Z')
  await waitFor(() => expect(router.state.location.search).toContain('sort=last_name'))
  await viewsButtonNamed('Views: Names with er (changed)')
  await openViewsMenu(user)
  await user.click(screen.getByRole('menuitem', { name: 'Update with current state' }))
  await viewsButtonNamed('Views: Names with er')
  await closeNotice(user, 'View “Names with er” updated')
  expect(readSavedViews().users[signedInUserId()]?.views[0]?.search).toBe('q=er&sort=last_name&size=10')

  await openViewsMenu(user)
  await user.click(screen.getByRole('menuitem', { name: 'Delete' }))
  await screen.findByText('View “Names with er” deleted')
  await viewsButtonNamed('Views')
  expect(readSavedViews().users[signedInUserId()]?.views).toEqual([])
  await user.click(screen.getByRole('button', { name: 'Undo' }))
  await viewsButtonNamed('Views: Names with er')
  expect(readSavedViews().users[signedInUserId()]?.views.map((view) => view.name)).toEqual(['Names with er'])
})

test('copy link puts the view’s full list address on the clipboard', async () => {
  const { user } = renderApp('/contacts?q=er&sort=-last_name')
  await contactRows()
  await saveView(user, 'Er')
  await openViewsMenu(user)
  await user.click(screen.getByRole('menuitem', { name: 'Copy link' }))
  await screen.findByText('Link to “Er” copied')
  expect(await navigator.clipboard.readText()).toBe('http://localhost/contacts?q=er&sort=-last_name')
})

test('the start view is marked in the menu and can be unmarked', async () => {
  const { user } = renderApp('/contacts?q=er')
  await contactRows()
  await saveView(user, 'Er')
  await openViewsMenu(user)
  await user.click(screen.getByRole('menuitem', { name: 'Make start view' }))
  await screen.findByText('“Er” is now your start view')
  const menu = await openViewsMenu(user)
  expect(within(menu).getByRole('menuitemradio', { name: /Er/ })).toHaveTextContent('Start view')
  expect(readSavedViews()).toMatchObject({ lastUserId: signedInUserId() })
  await user.click(within(menu).getByRole('menuitem', { name: 'Stop using as start view' }))
  await screen.findByText('“Er” is no longer your start view')
  expect(readSavedViews().users[signedInUserId()]?.startViewId).toBeNull()
})

test('views are kept per user: another user’s views are not offered', async () => {
  storeViews('u-someone-else', [{ id: 'v-1', name: 'Not mine', search: 'q=er', columns: {} }])
  const { user } = renderApp('/contacts')
  await contactRows()
  const menu = await openViewsMenu(user)
  expect(within(menu).getByText('No saved views yet')).toBeInTheDocument()
  expect(within(menu).queryByText('Not mine')).not.toBeInTheDocument()
})

test('unreadable stored views count as none and are not fatal', async () => {
  window.localStorage.setItem(SAVED_VIEWS_KEY, '{"version":1,"users":{"u-1":"garbage"')
  const { user } = renderApp('/contacts')
  await contactRows()
  const menu = await openViewsMenu(user)
  expect(within(menu).getByText('No saved views yet')).toBeInTheDocument()
  await user.keyboard('{Escape}')
  await saveView(user, 'Fresh start')
  expect(readSavedViews().users[signedInUserId()]?.views.map((view) => view.name)).toEqual(['Fresh start'])
})

test('a view whose custom field vanished opens without its condition and sorting, and says so', async () => {
  storeViews(signedInUserId(), [
    {
      id: 'v-fair',
      name: 'Fair leads',
      search: 'q=er&f=custom_fields.lead_source:eq:"Messe"&sort=custom_fields.lead_source,last_name',
      columns: {},
    },
  ])
  deleteCustomFieldDefinition('lead_source')
  const { user, router } = renderApp('/contacts')
  await contactRows()
  await openViewsMenu(user)
  await user.click(screen.getByRole('menuitemradio', { name: 'Fair leads' }))

  expect(
    await screen.findByText(
      /“Fair leads” opened without what no longer exists: lead_source is “Messe”; sorting by lead_source/,
    ),
  ).toBeInTheDocument()
  await waitFor(() =>
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({
      q: 'er',
      sort: 'last_name',
    }),
  )
  await viewsButtonNamed('Views: Fair leads (changed)')
  await user.click(screen.getByRole('button', { name: 'OK' }))
  expect(screen.queryByText(/no longer exists/)).not.toBeInTheDocument()
})

test('a view whose person is no longer a user opens without that condition, keeps the others, and says so', async () => {
  storeViews(signedInUserId(), [
    {
      id: 'v-owner',
      name: 'Left colleague',
      search: 'f=owner.id:eq:"u-gone"&f=last_name:contains:"er"',
      columns: {},
    },
  ])
  const { user, router } = renderApp('/contacts')
  await contactRows()
  await openViewsMenu(user)
  await user.click(screen.getByRole('menuitemradio', { name: 'Left colleague' }))
  expect(
    await screen.findByText(
      '“Left colleague” opened without what no longer exists: Owner is Unknown user (u-gone)',
    ),
  ).toBeInTheDocument()
  await waitFor(() =>
    expect(new URLSearchParams(router.state.location.search).getAll('f')).toEqual([
      'last_name:contains:"er"',
    ]),
  )
})

test('a view whose fields and people all exist opens unchanged, with no note', async () => {
  const me = signedInUserId()
  storeViews(me, [
    {
      id: 'v-mine',
      name: 'Mine',
      search: `f=owner.id:eq:"${me}"&f=custom_fields.lead_source:eq:"Messe"`,
      columns: {},
    },
  ])
  const { user, router } = renderApp('/contacts')
  await contactRows()
  await openViewsMenu(user)
  await user.click(screen.getByRole('menuitemradio', { name: 'Mine' }))
  await waitFor(() =>
    expect(new URLSearchParams(router.state.location.search).getAll('f')).toEqual([
      `owner.id:eq:"${me}"`,
      'custom_fields.lead_source:eq:"Messe"',
    ]),
  )
  await viewsButtonNamed('Views: Mine')
  expect(screen.queryByText(/no longer exists/)).not.toBeInTheDocument()
})
