import Box from '@mui/material/Box'
import { useFlagUrls } from './use-flag-urls'

/**
 * A small flag before a country name. Emoji flags are no option: Windows shows them as two letters and
 * systems without an emoji font as empty boxes. The flags are real SVG files (img-src 'self', no inline
 * styles for the CSP); their URL table loads as its own small chunk on first use. Until then, and for
 * codes without a flag, a same-sized badge with the ISO code keeps the layout still. Decorative: the
 * country's name is always written next to it.
 */

const frame = {
  display: 'inline-block',
  flex: 'none',
  width: '1.5em',
  height: '1em',
  verticalAlign: '-0.125em',
  borderRadius: '2px',
  // A hairline so white flag parts (Japan, Austria) do not dissolve into a white background.
  outline: '1px solid',
  outlineColor: 'divider',
  outlineOffset: '-1px',
} as const

export function CountryFlag({ code }: { code: string | null | undefined }) {
  const urls = useFlagUrls()
  const upper = code?.toUpperCase()
  if (!upper || !/^[A-Z]{2}$/.test(upper)) return null
  const url = urls?.get(upper)
  if (url) return <Box component="img" src={url} alt="" aria-hidden sx={frame} />
  return (
    <Box
      component="span"
      aria-hidden
      sx={{
        ...frame,
        fontSize: '0.625em',
        lineHeight: '1.6em',
        width: '2.4em',
        height: '1.6em',
        textAlign: 'center',
        fontWeight: 700,
        letterSpacing: '0.02em',
        color: 'text.secondary',
        bgcolor: 'action.hover',
      }}
    >
      {urls ? upper : null}
    </Box>
  )
}
