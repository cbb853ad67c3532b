import Link from '@mui/material/Link'
import { FactText } from './fact-list'

/**
 * A link when a safe-url helper accepted the value (`href` non-null), else the same text, inert. `href`
 * must come from `safeWebUrl`/`mailtoUrl`/`telUrl`, never straight from API data.
 */
export function LinkOrText({
  href,
  children,
  external = false,
}: {
  href: string | null
  children: string
  external?: boolean
}) {
  if (href === null) return <FactText>{children}</FactText>
  return (
    <Link
      href={href}
      dir="auto"
      sx={{ overflowWrap: 'anywhere' }}
      {...(external ? { target: '_blank', rel: 'noopener noreferrer' } : {})}
    >
      {children}
    </Link>
  )
}
