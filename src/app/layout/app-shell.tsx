import { useEffect, useRef } from 'react'
import { useTranslation } from '../../lib/i18n'
import { lazyOptional } from '../../lib/lazy-parts'
import { Suspense } from 'react'
import { Link as RouterLink, Outlet, ScrollRestoration, useMatch } from 'react-router'
import AppBar from '@mui/material/AppBar'
import Box from '@mui/material/Box'
import Container from '@mui/material/Container'
import Toolbar from '@mui/material/Toolbar'
import ContactsIcon from '@mui/icons-material/ContactsOutlined'
import { SkipLink } from './skip-link'
import { RouteLoading } from '../route-loading'
import { usePreloadRouteErrorPage } from '../route-error-element'
import { scrollKey } from '../router/scroll-key'
import { markFirstContentPainted } from '../../lib/first-content'
import { useFocusHeadingOnNavigate } from '../use-focus-heading-on-navigate'

const MAIN_ID = 'main-content'

/** The list marks its first content itself, once its first page is there; any other page on its first render. */
function useMarkFirstContent() {
  const list = useMatch('/contacts')
  const root = useMatch('/') // redirects to the list
  const onList = list !== null || root !== null
  useEffect(() => {
    if (!onList) markFirstContentPainted()
  }, [onList])
}

// Menus, shortcuts and the user's name are not needed to show the first rows (nor is whoami's answer).
// The session's banners and "expired" dialog: the session store keeps the state until they are shown.
const SessionNotices = lazyOptional(async () => (await import('./session-notices')).SessionNotices)
const AppBarActions = lazyOptional(async () => (await import('./app-bar-actions')).AppBarActions)

export function AppShell() {
  const { t } = useTranslation()
  const mainRef = useRef<HTMLElement>(null)
  useFocusHeadingOnNavigate(mainRef)
  usePreloadRouteErrorPage()
  useMarkFirstContent()
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <SkipLink targetId={MAIN_ID} onSkip={() => mainRef.current?.focus()}>
        {t('skipToContent')}
      </SkipLink>
      <AppBar position="sticky" color="primary">
        <Toolbar sx={{ gap: { xs: 0.5, sm: 1 } }}>
          {/* A plain link, styled: MUI's Link would be on the first page for this one use. */}
          <Box
            component={RouterLink}
            to="/contacts"
            aria-label={t('homeLink')}
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: 1,
              fontWeight: 700,
              fontSize: '1.125rem',
              mr: 'auto',
              color: 'inherit',
              textDecoration: 'none',
            }}
          >
            <ContactsIcon aria-hidden />
            <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
              {t('appName')}
            </Box>
          </Box>
          <Suspense fallback={null}>
            <AppBarActions />
          </Suspense>
        </Toolbar>
      </AppBar>
      <Suspense fallback={null}>
        <SessionNotices />
      </Suspense>
      <Container
        component="main"
        id={MAIN_ID}
        ref={mainRef}
        tabIndex={-1}
        maxWidth="xl"
        sx={{ flex: 1, py: { xs: 2, sm: 3 }, outline: 'none' }}
      >
        {/* First load of a lazy screen; later navigations keep the current page until it is ready. */}
        <Suspense fallback={<RouteLoading />}>
          <Outlet />
        </Suspense>
      </Container>
      <ScrollRestoration getKey={scrollKey} />
    </Box>
  )
}
