import { UNSAFE_createMemoryHistory } from 'react-router'
import { createGuardedHistory } from './guarded-history'

function setup(entries = ['/contacts', '/contacts/c-1/edit']) {
  const history = UNSAFE_createMemoryHistory({ initialEntries: entries, v5Compat: true })
  const guarded = createGuardedHistory(history)
  const seen: string[] = []
  guarded.listen((update) => seen.push(`${update.action} ${update.location.pathname}`))
  return { history, guarded, seen }
}

const leavingThePage = ({
  currentLocation,
  nextLocation,
}: {
  currentLocation: { pathname: string }
  nextLocation: { pathname?: string }
}) => currentLocation.pathname !== nextLocation.pathname

test('without a guard every navigation goes through', () => {
  const { guarded, seen } = setup()
  guarded.navigator.push('/contacts/new')
  guarded.navigator.replace('/contacts')
  expect(seen).toEqual(['PUSH /contacts/new', 'REPLACE /contacts'])
  expect(guarded.pending()).toBeNull()
})

test('a blocked push waits; reset stays, proceed goes', () => {
  const { history, guarded, seen } = setup()
  guarded.setShouldBlock(leavingThePage)
  guarded.navigator.push('/contacts')
  expect(seen).toEqual([])
  expect(history.location.pathname).toBe('/contacts/c-1/edit')

  guarded.pending()?.reset()
  expect(guarded.pending()).toBeNull()
  expect(history.location.pathname).toBe('/contacts/c-1/edit')

  guarded.navigator.push('/contacts', { from: 'edit' })
  guarded.pending()?.proceed()
  expect(seen).toEqual(['PUSH /contacts'])
  expect(history.location.state).toEqual({ from: 'edit' })
  expect(guarded.pending()).toBeNull()
})

test('the guard sees where the navigation goes and may let it pass', () => {
  const { guarded, seen } = setup()
  guarded.setShouldBlock(leavingThePage)
  guarded.navigator.replace('/contacts/c-1/edit?tab=2') // same page: not blocked
  expect(seen).toEqual(['REPLACE /contacts/c-1/edit'])
})

test('a blocked back button is undone at once and redone on proceed', () => {
  const { history, guarded, seen } = setup()
  guarded.setShouldBlock(leavingThePage)
  history.go(-1) // the user presses Back
  expect(history.location.pathname).toBe('/contacts/c-1/edit') // undone
  expect(seen).toEqual([])
  expect(guarded.pending()).not.toBeNull()

  guarded.pending()?.proceed()
  expect(history.location.pathname).toBe('/contacts')
  expect(seen).toEqual(['POP /contacts'])
})

test('a blocked back button stays undone on reset', () => {
  const { history, guarded, seen } = setup()
  guarded.setShouldBlock(leavingThePage)
  history.go(-1)
  guarded.pending()?.reset()
  expect(history.location.pathname).toBe('/contacts/c-1/edit')
  expect(seen).toEqual([])
  expect(guarded.pending()).toBeNull()
})

test('removing the guard lets everything through and drops an open question', () => {
  const { guarded, seen } = setup()
  const remove = guarded.setShouldBlock(leavingThePage)
  guarded.navigator.push('/contacts')
  const watcher = vi.fn()
  guarded.subscribe(watcher)
  remove()
  expect(guarded.pending()).toBeNull()
  expect(watcher).toHaveBeenCalled()
  guarded.navigator.push('/contacts')
  expect(seen).toEqual(['PUSH /contacts'])
})
