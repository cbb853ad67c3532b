import type { SyntheticEvent } from 'react'
import { styled, type CSSObject, type Theme } from '@mui/material/styles'
import { useFlagUrls, type FlagUrls } from './use-flag-urls'

/**
 * A small flag before a country name. Emoji flags are no option: Windows shows them as two letters and
 * systems without an emoji font as empty boxes. The flags are real SVG files (img-src 'self', no inline
 * styles for the CSP); their URL table loads as its own small chunk on first use. The flag shows once
 * its image is there, or nothing — never an empty frame: until then an empty space of its size keeps the
 * layout still. Codes without a flag get a badge with the ISO code. Decorative: the country's name is
 * always written next to it.
 */

export const flagClasses = { flag: 'CountryFlag-flag', badge: 'CountryFlag-badge' } as const
/** Set on a flag image once it has loaded (outside React's props: the row need not render again). */
const LOADED = 'data-loaded'

/**
 * The flag's look, for an ancestor: the list's table and cards put it on their root once (a page has up
 * to 100 flags), `CountryFlag` on its own wrapper.
 */
export function flagStyles(theme: Theme): CSSObject {
  const palette = (theme.vars ?? theme).palette
  return {
    [`& .${flagClasses.flag}`]: {
      display: 'inline-block',
      flex: 'none',
      width: '1.5em',
      height: '1em',
      verticalAlign: '-0.125em',
    },
    // Only a loaded image gets its frame: an image still loading (or failed) with alt="" draws nothing.
    [`& img.${flagClasses.flag}[${LOADED}]`]: {
      // Square corners: a radius clips the image into a paint chunk of its own, which a page of flags
      // pays for on every frame. A hairline keeps white flag parts (Japan, Austria) off a white background.
      outline: `1px solid ${palette.divider}`,
      outlineOffset: -1,
    },
    [`& .${flagClasses.badge}`]: {
      borderRadius: 2,
      fontSize: '0.625em',
      lineHeight: '1.6em',
      width: '2.4em',
      height: '1.6em',
      textAlign: 'center',
      fontWeight: 700,
      letterSpacing: '0.02em',
      color: palette.text.secondary,
      backgroundColor: palette.action.hover,
    },
  }
}

function markLoaded(event: SyntheticEvent<HTMLImageElement>) {
  event.currentTarget.setAttribute(LOADED, '')
}

/**
 * The flag (or badge) itself, without hooks, for a URL table read by the caller. Styled by `flagStyles`
 * on an ancestor. Nothing for a code that is not two letters.
 */
export function FlagMark({ code, urls }: { code: string | null | undefined; urls: FlagUrls | null }) {
  const upper = code?.toUpperCase()
  if (!upper || !/^[A-Z]{2}$/.test(upper)) return null
  // The URL table is still loading: blank space of the flag's size.
  if (!urls) return <span aria-hidden="true" className={flagClasses.flag} />
  const url = urls.get(upper)
  if (url) return <img src={url} alt="" aria-hidden="true" className={flagClasses.flag} onLoad={markLoaded} />
  return (
    <span aria-hidden="true" className={`${flagClasses.flag} ${flagClasses.badge}`}>
      {upper}
    </span>
  )
}

/**
 * A list cell's flag (styled by the list's root): it reads the URL table itself, so the table's arrival
 * renders the flags again, not the rows that hold them.
 */
export function ListFlagMark({ code }: { code: string | null | undefined }) {
  return <FlagMark code={code} urls={useFlagUrls()} />
}

const FlagRoot = styled('span')(({ theme }) => ({ display: 'contents', ...flagStyles(theme) }))

export function CountryFlag({ code }: { code: string | null | undefined }) {
  const urls = useFlagUrls()
  return (
    <FlagRoot>
      <FlagMark code={code} urls={urls} />
    </FlagRoot>
  )
}
