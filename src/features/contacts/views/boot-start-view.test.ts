import { openStartView, storedStartView, takeBootStartView } from './boot-start-view'
import { SAVED_VIEWS_KEY } from './saved-views-key'
import { storeViews } from './views-test-helpers'

const view = { id: 'v-1', name: 'Fair', search: 'q=er&sort=-last_name', columns: {} }

afterEach(() => {
  takeBootStartView()
  window.history.replaceState(null, '', '/')
})

test('opens the last list user’s start view: the address becomes the view’s, once handed to the views code', () => {
  storeViews('u-1', [view], 'v-1')
  window.history.replaceState(null, '', '/contacts')
  expect(openStartView('/contacts', '')).toBe('?q=er&sort=-last_name')
  expect(window.location.pathname + window.location.search).toBe('/contacts?q=er&sort=-last_name')
  expect(takeBootStartView()).toEqual({ userId: 'u-1', viewId: 'v-1', search: 'q=er&sort=-last_name' })
  expect(takeBootStartView()).toBeNull()
})

test('keeps the address when there is no start view, or it is empty', () => {
  storeViews('u-1', [view], null)
  window.history.replaceState(null, '', '/contacts')
  expect(openStartView('/contacts', '')).toBe('')
  storeViews('u-1', [{ ...view, search: '' }], 'v-1')
  expect(openStartView('/contacts', '')).toBe('')
  expect(window.location.search).toBe('')
  expect(takeBootStartView()).toBeNull()
})

test.each([
  ['no record', null],
  ['not JSON', '{"version":1,'],
  ['a number', '42'],
  ['views not a list', '{"lastUserId":"u-1","users":{"u-1":{"startViewId":"v-1","views":{"0":{}}}}}'],
  [
    'a search that is no text',
    '{"lastUserId":"u-1","users":{"u-1":{"startViewId":"v-1","views":[{"id":"v-1","search":7}]}}}',
  ],
  ['no last user', '{"users":{"null":{"startViewId":"v-1","views":[{"id":"v-1","search":"q=x"}]}}}'],
])('reads %s as no start view, without throwing', (_, stored) => {
  if (stored !== null) window.localStorage.setItem(SAVED_VIEWS_KEY, stored)
  expect(storedStartView()).toBeNull()
})
