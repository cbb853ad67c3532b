import { useId, type ReactNode } from 'react'
import Card from '@mui/material/Card'
import CardContent from '@mui/material/CardContent'
import Stack from '@mui/material/Stack'
import Typography from '@mui/material/Typography'

/** One card of the detail page: an h2 heading (the section's accessible name) and its content. */
export function DetailSection({
  title,
  icon,
  action,
  children,
}: {
  title: string
  icon?: ReactNode
  action?: ReactNode
  children: ReactNode
}) {
  const headingId = useId()
  return (
    <Card variant="outlined" component="section" aria-labelledby={headingId}>
      <CardContent sx={{ '&:last-child': { pb: 2 } }}>
        <Stack direction="row" sx={{ alignItems: 'center', gap: 1, mb: 1.5, minHeight: 32 }}>
          {icon ? <Stack sx={{ color: 'text.secondary', '& svg': { fontSize: 20 } }}>{icon}</Stack> : null}
          <Typography variant="subtitle1" component="h2" id={headingId} sx={{ fontWeight: 600, flex: 1 }}>
            {title}
          </Typography>
          {action}
        </Stack>
        {children}
      </CardContent>
    </Card>
  )
}

/** The one calm line a section shows when it has nothing to list. */
export function EmptyLine({ children }: { children: ReactNode }) {
  return (
    <Typography variant="body2" sx={{ color: 'text.secondary' }}>
      {children}
    </Typography>
  )
}
