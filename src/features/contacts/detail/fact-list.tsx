/**
 * A definition list of label/value facts. Callers pass only facts that have a value, so no blank rows
 * appear. Labels sit beside values from 600 px on, above them on phones.
 */
import type { ReactNode } from 'react'
import Box from '@mui/material/Box'
import Stack from '@mui/material/Stack'

export interface Fact {
  key: string
  label: string
  value: ReactNode
  /** e.g. a copy button, shown after the value. */
  action?: ReactNode
}

export function FactList({ facts }: { facts: readonly Fact[] }) {
  return (
    <Box
      component="dl"
      sx={{
        m: 0,
        display: 'grid',
        gridTemplateColumns: { xs: 'minmax(0, 1fr)', sm: 'minmax(7rem, max-content) minmax(0, 1fr)' },
        columnGap: 3,
        rowGap: { xs: 0.25, sm: 1 },
        alignItems: 'baseline',
      }}
    >
      {facts.map((fact) => (
        <Box key={fact.key} sx={{ display: 'contents' }}>
          <Box
            component="dt"
            sx={{
              typography: 'body2',
              color: 'text.secondary',
              mt: { xs: 1, sm: 0 },
              '&:first-of-type': { mt: 0 },
            }}
          >
            {fact.label}
          </Box>
          <Box component="dd" sx={{ m: 0, typography: 'body1', minWidth: 0 }}>
            <Stack direction="row" sx={{ alignItems: 'center', gap: 0.5, minWidth: 0 }}>
              <Box sx={{ minWidth: 0, overflowWrap: 'anywhere' }}>{fact.value}</Box>
              {fact.action}
            </Stack>
          </Box>
        </Box>
      ))}
    </Box>
  )
}

/** API text as inert text: wraps anywhere, and takes its direction from its own content (RTL names). */
export function FactText({ children }: { children: string }) {
  return (
    <Box component="span" dir="auto" sx={{ overflowWrap: 'anywhere' }}>
      {children}
    </Box>
  )
}
