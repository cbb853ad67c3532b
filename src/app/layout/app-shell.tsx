import { useRef } from 'react'
import { useTranslation } from '../../lib/i18n'
import { Suspense } from 'react'
import { Link as RouterLink, Outlet } from 'react-router'
import AppBar from '@mui/material/AppBar'
import Box from '@mui/material/Box'
import Container from '@mui/material/Container'
import Link from '@mui/material/Link'
import Stack from '@mui/material/Stack'
import Toolbar from '@mui/material/Toolbar'
import ContactsIcon from '@mui/icons-material/ContactsOutlined'
import { ColorModeMenu } from './color-mode-menu'
import { LanguageMenu } from './language-menu'
import { SessionNotices } from './session-notices'
import { SignOutButton } from './sign-out-button'
import { SkipLink } from './skip-link'
import { UserBadge } from './user-badge'
import { useDraftsFollowUser } from './use-drafts-follow-user'
import { KeyboardShortcutsButton } from '../keyboard-shortcuts-button'
import { RouteLoading } from '../route-loading'
import { useFocusHeadingOnNavigate } from '../use-focus-heading-on-navigate'

const MAIN_ID = 'main-content'

export function AppShell() {
  const { t } = useTranslation()
  const mainRef = useRef<HTMLElement>(null)
  useFocusHeadingOnNavigate(mainRef)
  useDraftsFollowUser()
  return (
    <Box sx={{ minHeight: '100vh', display: 'flex', flexDirection: 'column' }}>
      <SkipLink targetId={MAIN_ID} onSkip={() => mainRef.current?.focus()}>
        {t('skipToContent')}
      </SkipLink>
      <AppBar position="sticky" color="primary">
        <Toolbar sx={{ gap: { xs: 0.5, sm: 1 } }}>
          <Link
            component={RouterLink}
            to="/contacts"
            color="inherit"
            underline="none"
            aria-label={t('homeLink')}
            sx={{
              display: 'flex',
              alignItems: 'center',
              gap: 1,
              fontWeight: 700,
              fontSize: '1.125rem',
              mr: 'auto',
            }}
          >
            <ContactsIcon aria-hidden />
            <Box component="span" sx={{ display: { xs: 'none', sm: 'inline' } }}>
              {t('appName')}
            </Box>
          </Link>
          <Stack direction="row" sx={{ alignItems: 'center', gap: { xs: 0, sm: 0.5 } }}>
            <KeyboardShortcutsButton />
            <LanguageMenu />
            <ColorModeMenu />
          </Stack>
          <UserBadge />
          <SignOutButton />
        </Toolbar>
      </AppBar>
      <SessionNotices />
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
    </Box>
  )
}
