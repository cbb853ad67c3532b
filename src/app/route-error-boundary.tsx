import { Component, lazy, Suspense, useEffect, type ReactNode } from 'react'
import { useLocation } from 'react-router'
import { preloadAfterStart } from '../lib/lazy-parts'

// Not on the first page's path, but fetched right after start: in memory before it is needed, also when an
// expired session makes later downloads fail (lib/lazy-parts.ts).
const loadErrorPage = () => import('./route-error-page')
const RouteErrorPage = lazy(() => loadErrorPage().then((module) => ({ default: module.RouteErrorPage })))

interface Props {
  /** A new location (also "retry", which navigates to the same address) clears the error. */
  resetKey: string
  children: ReactNode
}

interface State {
  resetKey: string
  /** Boxed, because anything can be thrown, `null` and `undefined` included. */
  caught: { error: unknown } | null
}

class ErrorBoundary extends Component<Props, State> {
  override state: State = { resetKey: this.props.resetKey, caught: null }

  static getDerivedStateFromError(error: unknown): Pick<State, 'caught'> {
    return { caught: { error } }
  }

  static getDerivedStateFromProps(props: Props, state: State): State | null {
    return props.resetKey === state.resetKey ? null : { resetKey: props.resetKey, caught: null }
  }

  override render() {
    if (!this.state.caught) return this.props.children
    return (
      <Suspense fallback={null}>
        <RouteErrorPage error={this.state.caught.error} />
      </Suspense>
    )
  }
}

/**
 * The error boundary of a page (and of the shell): a plain-words error page with retry and a way back.
 * React reports what it caught to the root's `onCaughtError`.
 */
export function RouteErrorBoundary({ children }: { children: ReactNode }) {
  const location = useLocation()
  useEffect(() => preloadAfterStart(loadErrorPage), [])
  return <ErrorBoundary resetKey={location.key}>{children}</ErrorBoundary>
}
