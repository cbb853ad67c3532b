/** Boot: read config.json, point the API client at it, then render. A bad config gets its own page. */
import './lib/zod-config' // first: before any zod schema is created
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App, AppProviders } from './app/app'
import { createQueryClient } from './app/query-client'
import { createBrowserRouter } from 'react-router'
import { routerBasename } from './app/router/router-basename'
import { appRoutes } from './app/routes'
import { createNotificationStore } from './components/notifications'
import { configureApiClient } from './lib/api-client'
import { seedArrivedFirstPage } from './features/contacts/list/seed-first-page'
import { loadRuntimeConfig } from './lib/config'
import { initI18n } from './lib/i18n'
import { noteUnhandledShortcuts } from './lib/shortcut-event'

async function boot(container: HTMLElement): Promise<void> {
  const root = createRoot(container)
  const notifications = createNotificationStore()
  // The texts and the config load in parallel; a failed text chunk leaves keys, never a blank page.
  const texts = initI18n().catch((error: unknown) => {
    console.error(error)
  })
  let config
  try {
    config = await loadRuntimeConfig()
  } catch (error) {
    await texts
    console.error(error)
    // Only needed when config.json is missing or wrong, so not part of the first page.
    const { ConfigErrorPage } = await import('./app/config-error-page')
    root.render(
      <StrictMode>
        <AppProviders notifications={notifications}>
          <ConfigErrorPage error={error} />
        </AppProviders>
      </StrictMode>,
    )
    return
  }
  await texts
  configureApiClient({ baseUrl: config.apiBaseUrl })
  const queryClient = createQueryClient({ notify: notifications.notify })
  await seedArrivedFirstPage(queryClient, window.location.search)
  root.render(
    <StrictMode>
      <App
        config={config}
        router={createBrowserRouter(appRoutes(), { basename: routerBasename() })}
        queryClient={queryClient}
        notifications={notifications}
      />
    </StrictMode>,
  )
}

/** The boot module runs as soon as it has loaded (async), possibly before the body has been parsed. */
function documentParsed(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve()
  return new Promise((resolve) =>
    document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }),
  )
}

/**
 * Starts the app; called by the boot module (src/boot/early-requests.ts) once it has imported this
 * module. The module itself only defines: its evaluation schedules nothing.
 */
export async function start(): Promise<void> {
  noteUnhandledShortcuts()
  await documentParsed()
  const container = document.getElementById('root')
  if (!container) throw new Error('index.html has no #root element')
  await boot(container)
}
