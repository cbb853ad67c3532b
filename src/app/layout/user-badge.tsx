import { useQuery } from '@tanstack/react-query'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'
import { sessionQueries } from '../../features/session/api/session-queries'

function initials(firstName: string, lastName: string): string {
  return `${firstName.trim().charAt(0)}${lastName.trim().charAt(0)}`.toUpperCase()
}

/** The signed-in user in the app bar. A failing whoami leaves it out: the shell must still work. */
export function UserBadge() {
  const { data: user } = useQuery({ ...sessionQueries.whoami(), throwOnError: false })
  if (!user) return null
  const fullName = `${user.first_name} ${user.last_name}`.trim()
  return (
    <Stack direction="row" sx={{ alignItems: 'center', gap: 1, minWidth: 0 }}>
      {/* Initials in a circle (what MUI's Avatar draws, without its image handling). */}
      <Box
        aria-hidden
        sx={{
          width: 32,
          height: 32,
          flexShrink: 0,
          borderRadius: '50%',
          display: 'flex',
          alignItems: 'center',
          justifyContent: 'center',
          fontSize: '0.875rem',
          bgcolor: 'secondary.main',
          color: 'secondary.contrastText',
          userSelect: 'none',
        }}
      >
        {initials(user.first_name, user.last_name)}
      </Box>
      <Stack sx={{ minWidth: 0, maxWidth: { xs: 96, sm: 220 } }}>
        <Typography variant="body2" noWrap sx={{ fontWeight: 600, lineHeight: 1.2 }}>
          {fullName}
        </Typography>
        <Typography
          variant="caption"
          noWrap
          sx={{ opacity: 0.8, lineHeight: 1.2, display: { xs: 'none', sm: 'block' } }}
        >
          {user.space.name}
        </Typography>
      </Stack>
    </Stack>
  )
}
