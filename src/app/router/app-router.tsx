/**
 * The app's router: react-router in declarative mode — its <Router> over a history we listen to —
 * rather than the data router, which costs 17 kB gzip more on the first page (docs/performance.md) for
 * features the app does not use (loaders, actions, fetchers). The two it did use are kept, small: a
 * navigation blocker (guarded-history.ts, `useBlocker`) and scroll positions (scroll-positions.ts).
 */
import {
  createContext,
  startTransition,
  use,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react'
import type { ReactNode } from 'react'
import { Router, type Location } from 'react-router'
import { createGuardedHistory, type AppHistory, type GuardedHistory } from './guarded-history'
import { createScrollPositions } from './scroll-positions'

export const GuardedHistoryContext = createContext<GuardedHistory | null>(null)

export function useGuardedHistory(): GuardedHistory {
  const guarded = use(GuardedHistoryContext)
  if (!guarded) throw new Error('useGuardedHistory needs <AppRouter>')
  return guarded
}

/** Vite's base ("/crm/contacts/") without the trailing slash, as react-router wants its basename. */
export function routerBasename(baseUrl: string = import.meta.env.BASE_URL): string {
  return baseUrl.replace(/\/+$/, '') || '/'
}

/**
 * The list keeps its scroll position per URL, so "Back to list" (a new navigation to the same list URL) and
 * the browser's back button both return to where the user was; other pages per history entry.
 */
const scrollKey = (location: Location) =>
  location.pathname === '/contacts' ? location.pathname + location.search : location.key

export function AppRouter({
  history,
  basename = '/',
  children,
}: {
  history: AppHistory
  basename?: string
  children: ReactNode
}) {
  const guarded = useMemo(() => createGuardedHistory(history), [history])
  const scroll = useMemo(() => createScrollPositions(scrollKey), [])
  const [state, setState] = useState({ action: history.action, location: history.location })
  const shown = useRef(state.location)

  useLayoutEffect(
    () =>
      guarded.listen((update) => {
        scroll.save(shown.current)
        // A transition, as BrowserRouter does: the current page stays until a lazy next one is ready.
        startTransition(() => setState({ action: update.action, location: update.location }))
      }),
    [guarded, scroll],
  )

  useLayoutEffect(() => {
    shown.current = state.location
    scroll.restore(state.location)
  }, [scroll, state.location])

  useEffect(() => {
    // Ours, not the browser's: it would restore before React has rendered the page it belongs to.
    const previous = window.history.scrollRestoration
    window.history.scrollRestoration = 'manual'
    return () => {
      window.history.scrollRestoration = previous
    }
  }, [])

  return (
    <GuardedHistoryContext value={guarded}>
      <Router
        basename={basename}
        location={state.location}
        navigationType={state.action}
        navigator={guarded.navigator}
      >
        {children}
      </Router>
    </GuardedHistoryContext>
  )
}
