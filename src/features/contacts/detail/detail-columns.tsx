import type { ReactNode } from 'react'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'

/** Two columns from 900 px on (main info left, relations and record facts right); one column on phones. */
export function DetailColumns({ main, side }: { main: ReactNode; side: ReactNode }) {
  return (
    <Box
      sx={{
        display: 'grid',
        gap: 2,
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'minmax(0, 3fr) minmax(0, 2fr)' },
        alignItems: 'start',
      }}
    >
      <Stack sx={{ gap: 2, minWidth: 0 }}>{main}</Stack>
      <Stack sx={{ gap: 2, minWidth: 0 }}>{side}</Stack>
    </Box>
  )
}
