import type { ReactNode } from 'react'
import { CacheProvider } from '@emotion/react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider, type createBrowserRouter } from 'react-router'
import { ColorModeProvider } from './color-mode'
import { RuntimeConfigProvider } from './runtime-config'
import { createStyleCache } from './style-cache'
import { NotificationProvider, type NotificationStore } from '../components/notifications'
import type { RuntimeConfig } from '../lib/config'

type AppRouter = ReturnType<typeof createBrowserRouter>

const styleCache = createStyleCache()

/** Everything that does not need the API: also used for the config error page. */
export function AppProviders({
  notifications,
  children,
}: {
  notifications: NotificationStore
  children: ReactNode
}) {
  return (
    <CacheProvider value={styleCache}>
      <ColorModeProvider>
        <NotificationProvider store={notifications}>{children}</NotificationProvider>
      </ColorModeProvider>
    </CacheProvider>
  )
}

export function App({
  config,
  router,
  queryClient,
  notifications,
  onRouteError,
}: {
  config: RuntimeConfig
  router: AppRouter
  queryClient: QueryClient
  notifications: NotificationStore
  /** Called once per error a route boundary caught; react-router logs to the console when absent. */
  onRouteError?: (error: unknown) => void
}) {
  return (
    <RuntimeConfigProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <AppProviders notifications={notifications}>
          <RouterProvider router={router} {...(onRouteError ? { onError: onRouteError } : {})} />
        </AppProviders>
      </QueryClientProvider>
    </RuntimeConfigProvider>
  )
}
