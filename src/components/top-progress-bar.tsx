import Box from '@mui/material/Box'
import { keyframes } from '@mui/material/styles'

const slide = keyframes`
  from { transform: translateX(-100%); }
  to { transform: translateX(250%); }
`

/**
 * A thin indeterminate bar along the top edge of its (relatively positioned) parent: "something is
 * loading, what you see stays usable". MUI's LinearProgress draws the same, but brings its other
 * variants (buffer, determinate) to the first page for this one use (docs/performance-log.md). Decorative: screen readers hear the
 * result, not the wait.
 */
export function TopProgressBar({ active }: { active: boolean }) {
  return (
    <Box
      aria-hidden
      sx={{
        position: 'absolute',
        top: 0,
        left: 0,
        right: 0,
        height: 3,
        overflow: 'hidden',
        visibility: active ? 'visible' : 'hidden',
        bgcolor: 'action.selected',
        '&::after': {
          content: '""',
          position: 'absolute',
          top: 0,
          bottom: 0,
          width: '40%',
          bgcolor: 'primary.main',
          animation: active ? `${slide} 1.2s ease-in-out infinite` : 'none',
        },
        '@media (prefers-reduced-motion: reduce)': {
          '&::after': { animation: 'none', width: '100%', opacity: 0.6 },
        },
      }}
    />
  )
}
