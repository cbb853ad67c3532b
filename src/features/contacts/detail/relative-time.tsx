import Box from '@mui/material/Box'
import Tooltip from '@mui/material/Tooltip'
import { formatDateTime, formatRelativeTime } from '../../../lib/format'

/** "3 days ago", with the exact date and time on hover and focus (and for screen readers). */
export function RelativeTime({ value }: { value: string }) {
  const exact = formatDateTime(value)
  const relative = formatRelativeTime(value)
  if (!exact || !relative) return <span>{value}</span>
  return (
    <Tooltip title={exact} describeChild>
      <Box
        component="time"
        dateTime={value}
        // Focusable so keyboard users can open the exact time too.
        tabIndex={0}
        sx={{ textDecoration: 'underline dotted', textUnderlineOffset: 3, cursor: 'help' }}
      >
        {relative}
      </Box>
    </Tooltip>
  )
}
