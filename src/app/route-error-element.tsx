import { lazy, Suspense, useEffect } from 'react'
import { useRouteError } from 'react-router'
import { preloadAfterStart } from '../lib/lazy-parts'

// Not on the first page's path, but fetched after start: in memory before it is needed, also when an
// expired session makes later downloads fail (lib/lazy-parts.ts).
const loadErrorPage = () => import('./route-error-page')
const RouteErrorPage = lazy(() => loadErrorPage().then((module) => ({ default: module.RouteErrorPage })))

/** Keeps the error page's chunk in memory from the first render on; mounted by the app shell. */
export function usePreloadRouteErrorPage() {
  useEffect(() => preloadAfterStart(loadErrorPage), [])
}

/**
 * A route's `errorElement`: a plain-words error page with retry and a way back. The router drops the
 * error on the next navigation (retry navigates to the same address). React reports what was caught to
 * the root's `onCaughtError`.
 */
export function RouteErrorElement() {
  const error = useRouteError()
  return (
    <Suspense fallback={null}>
      <RouteErrorPage error={error} />
    </Suspense>
  )
}
