import type { ReactNode } from 'react'
import { CacheProvider } from '@emotion/react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { RouterProvider, type DataRouter } from 'react-router'
import { ColorModeProvider } from './color-mode'
import { RuntimeConfigProvider } from './runtime-config'
import { createStyleCache } from './style-cache'
import { NotificationProvider, type NotificationStore } from '../components/notifications'
import type { RuntimeConfig } from '../lib/config'

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

// React reports errors a route's errorElement caught to the root's `onCaughtError`; without this the
// router would log them a second time.
const reportedByReact = () => undefined

/** The app: `router` is a browser router over `appRoutes()` (main.tsx) or a memory router (tests). */
export function App({
  config,
  router,
  queryClient,
  notifications,
}: {
  config: RuntimeConfig
  router: DataRouter
  queryClient: QueryClient
  notifications: NotificationStore
}) {
  return (
    <RuntimeConfigProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <AppProviders notifications={notifications}>
          <RouterProvider router={router} onError={reportedByReact} />
        </AppProviders>
      </QueryClientProvider>
    </RuntimeConfigProvider>
  )
}
