import type { ReactNode } from 'react'
import { CacheProvider } from '@emotion/react'
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { ColorModeProvider } from './color-mode'
import { AppRouter, routerBasename } from './router/app-router'
import type { AppHistory } from './router/guarded-history'
import { AppRoutes } from './routes'
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

export function App({
  config,
  history,
  basename = routerBasename(),
  queryClient,
  notifications,
  content,
}: {
  config: RuntimeConfig
  history: AppHistory
  basename?: string
  queryClient: QueryClient
  notifications: NotificationStore
  /** Replaces the app's pages (tests mount a single component under the real providers). */
  content?: ReactNode
}) {
  return (
    <RuntimeConfigProvider config={config}>
      <QueryClientProvider client={queryClient}>
        <AppProviders notifications={notifications}>
          <AppRouter history={history} basename={basename}>
            <AppRoutes content={content} />
          </AppRouter>
        </AppProviders>
      </QueryClientProvider>
    </RuntimeConfigProvider>
  )
}
