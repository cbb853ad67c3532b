import type { ReactNode } from 'react'
import Box from '@mui/material/Box'

/** First focusable element: lets keyboard users jump over the app bar. Visible only while focused. */
export function SkipLink({
  targetId,
  onSkip,
  children,
}: {
  targetId: string
  onSkip: () => void
  children: ReactNode
}) {
  return (
    <Box
      component="a"
      href={`#${targetId}`}
      onClick={(event) => {
        // Move focus ourselves: a fragment change would also reach the router and alter the URL.
        event.preventDefault()
        onSkip()
      }}
      sx={{
        position: 'absolute',
        left: 8,
        top: -100,
        zIndex: 'tooltip',
        px: 2,
        py: 1,
        bgcolor: 'background.paper',
        color: 'text.primary',
        borderRadius: 1,
        boxShadow: 3,
        textDecoration: 'underline',
        '&:focus': { top: 8 },
      }}
    >
      {children}
    </Box>
  )
}
