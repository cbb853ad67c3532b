/** Renders the whole app (real providers, real routes) at a URL, backed by the test's emulator. */
import type { ReactNode } from 'react'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { UNSAFE_createMemoryHistory, type To } from 'react-router'
import { App } from '../src/app/app'
import { createQueryClient } from '../src/app/query-client'
import { createNotificationStore } from '../src/components/notifications'
import type { RuntimeConfig } from '../src/lib/config'
import { TEST_API_BASE_URL } from './emulator-server'

/**
 * `content` replaces the app's pages: it mounts a component under the real providers (theme, i18n,
 * notifications, QueryClient, router, a route error boundary) without the rest of the app. `config`
 * overrides config.json values (e.g. `loginUrl`).
 *
 * The returned `router` reads and drives the in-memory history: `router.state.location` is where the app
 * is; `router.navigate(to, { state })` goes somewhere as the address bar would, `router.navigate(-1)` is the
 * back button (held by the navigation guard like a real one). Wrap calls in `act()`.
 */
export function renderApp(url = '/', options: { content?: ReactNode; config?: Partial<RuntimeConfig> } = {}) {
  const notifications = createNotificationStore()
  const queryClient = createQueryClient({ notify: notifications.notify, retry: false })
  const history = UNSAFE_createMemoryHistory({ initialEntries: [url], v5Compat: true })
  const user = userEvent.setup()
  // Errors a route boundary catches are shown on screen, where tests assert them; React would also log
  // them, which test/setup.ts treats as a failure.
  const ignore = () => undefined
  const config: RuntimeConfig = { apiBaseUrl: TEST_API_BASE_URL, ...options.config }
  render(
    <App
      config={config}
      history={history}
      basename="/"
      queryClient={queryClient}
      notifications={notifications}
      content={options.content}
    />,
    {
      onCaughtError: ignore,
    },
  )
  const router = {
    state: {
      get location() {
        return history.location
      },
    },
    /** Resolves a task later, so `await act(() => router.navigate(…))` also covers the render it starts. */
    async navigate(to: To | number, navigateOptions: { state?: unknown; replace?: boolean } = {}) {
      if (typeof to === 'number') history.go(to)
      else if (navigateOptions.replace) history.replace(to, navigateOptions.state)
      else history.push(to, navigateOptions.state)
      await new Promise((resolve) => setTimeout(resolve, 0))
    },
  }
  return { user, router, queryClient }
}
