import Stack from '@mui/material/Stack'
import { ColorModeMenu } from './color-mode-menu'
import { LanguageMenu } from './language-menu'
import { SignOutButton } from './sign-out-button'
import { UserBadge } from './user-badge'
import { useDraftsFollowUser } from './use-drafts-follow-user'
import { KeyboardShortcutsButton } from '../keyboard-shortcuts-button'

/**
 * The app bar's controls and the signed-in user (with the drafts that follow them): loaded beside the first
 * page, not before it, so whoami does not compete with the first rows.
 */
export function AppBarActions() {
  useDraftsFollowUser()
  return (
    <>
      <Stack direction="row" sx={{ alignItems: 'center', gap: { xs: 0, sm: 0.5 } }}>
        <KeyboardShortcutsButton />
        <LanguageMenu />
        <ColorModeMenu />
      </Stack>
      <UserBadge />
      <SignOutButton />
    </>
  )
}
