/** Renders the whole app (real providers, real routes) at a URL, backed by the test's emulator. */
import { render } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { createMemoryRouter, type RouteObject } from 'react-router'
import { App } from '../src/app/app'
import { createQueryClient } from '../src/app/query-client'
import { routes } from '../src/app/routes'
import { createNotificationStore } from '../src/components/notifications'
import type { RuntimeConfig } from '../src/lib/config'
import { TEST_API_BASE_URL } from './emulator-server'

/**
 * `routes` defaults to the app's real route table; pass your own to mount a component under the real
 * providers (theme, i18n, notifications, QueryClient) without the rest of the app. `config` overrides
 * config.json values (e.g. `loginUrl`).
 */
export function renderApp(
  url = '/',
  options: { routes?: RouteObject[]; config?: Partial<RuntimeConfig> } = {},
) {
  const notifications = createNotificationStore()
  const queryClient = createQueryClient({ notify: notifications.notify, retry: false })
  const router = createMemoryRouter(options.routes ?? routes, { initialEntries: [url] })
  const user = userEvent.setup()
  // Errors a route boundary catches are shown on screen, where tests assert them; React and react-router
  // would also log them, which test/setup.ts treats as a failure.
  const ignore = () => undefined
  const config: RuntimeConfig = { apiBaseUrl: TEST_API_BASE_URL, ...options.config }
  render(
    <App
      config={config}
      router={router}
      queryClient={queryClient}
      notifications={notifications}
      onRouteError={ignore}
    />,
    {
      onCaughtError: ignore,
    },
  )
  return { user, router, queryClient }
}
