/** Renders the whole app (real providers, real route table) at a URL, backed by the test's emulator. */
import type { ReactNode } from 'react'
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, type To } from 'react-router'
import { App } from '../src/app/app'
import { appRoutes } from '../src/app/routes'
import { createQueryClient } from '../src/app/query-client'
import { createNotificationStore } from '../src/components/notifications'
import type { RuntimeConfig } from '../src/lib/config'
import { TEST_API_BASE_URL } from './emulator-server'

/**
 * `content` replaces the app's pages: it mounts a component under the real providers (theme, i18n,
 * notifications, QueryClient, router, a route error element) without the rest of the app. `config`
 * overrides config.json values (e.g. `loginUrl`).
 *
 * The returned `router` is react-router's memory router, as the app's browser router: `router.state.location`
 * is where the app is; `router.navigate(to, { state })` goes somewhere as the address bar would,
 * `router.navigate(-1)` is the back button (held by the navigation blocker like a real one). Wrap calls in
 * `act()`.
 */
export function renderApp(url = '/', options: { content?: ReactNode; config?: Partial<RuntimeConfig> } = {}) {
  const notifications = createNotificationStore()
  const queryClient = createQueryClient({ notify: notifications.notify, retry: false })
  const memoryRouter = createMemoryRouter(appRoutes(options.content), { initialEntries: [url] })
  const user = userEvent.setup()
  // Errors a route's error element catches are shown on screen, where tests assert them; React would also
  // log them, which test/setup.ts treats as a failure.
  const ignore = () => undefined
  const config: RuntimeConfig = { apiBaseUrl: TEST_API_BASE_URL, ...options.config }
  render(
    <App config={config} router={memoryRouter} queryClient={queryClient} notifications={notifications} />,
    { onCaughtError: ignore },
  )
  const router = {
    state: {
      get location() {
        return memoryRouter.state.location
      },
    },
    /** Resolves a task later, so `await act(() => router.navigate(…))` also covers the render it starts. */
    async navigate(to: To | number, navigateOptions: { state?: unknown; replace?: boolean } = {}) {
      if (typeof to === 'number') await memoryRouter.navigate(to)
      else await memoryRouter.navigate(to, navigateOptions)
      await new Promise((resolve) => setTimeout(resolve, 0))
    },
  }
  return { user, router, queryClient }
}
