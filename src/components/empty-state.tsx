import type { ReactNode } from 'react'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'

/** A centred message for "nothing here (yet)", with an optional call to action. */
export function EmptyState({
  title,
  description,
  icon,
  action,
}: {
  title: string
  description?: string
  icon?: ReactNode
  action?: ReactNode
}) {
  return (
    <Stack sx={{ alignItems: 'center', textAlign: 'center', gap: 1.5, py: 6, px: 2 }}>
      {icon ? <Stack sx={{ color: 'text.secondary', fontSize: 48 }}>{icon}</Stack> : null}
      <Typography variant="h6" component="p">
        {title}
      </Typography>
      {description ? (
        <Typography variant="body2" sx={{ color: 'text.secondary', maxWidth: 480 }}>
          {description}
        </Typography>
      ) : null}
      {action}
    </Stack>
  )
}
