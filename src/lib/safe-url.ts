/**
 * Links built from API data. Only these schemes ever reach an href, so a `javascript:` (or `data:`)
 * value in a record can never become a clickable script.
 */
const WEB_SCHEMES = new Set(['http:', 'https:'])

/** A homepage as a link, or null when it is not plain http(s). Bare domains get https://. */
export function safeWebUrl(value: string | null | undefined): string | null {
  const text = value?.trim()
  if (!text) return null
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`
  try {
    const url = new URL(candidate)
    return WEB_SCHEMES.has(url.protocol) && url.hostname.includes('.') ? url.toString() : null
  } catch {
    return null
  }
}

/** `mailto:` for something that looks like one address, else null. */
export function mailtoUrl(email: string | null | undefined): string | null {
  const text = email?.trim()
  if (!text || !/^[^\s@:/?#]+@[^\s@:/?#]+$/.test(text)) return null
  return `mailto:${text}`
}

/** `tel:` with only the characters a dialer understands, else null. */
export function telUrl(phone: string | null | undefined): string | null {
  const digits = phone?.replace(/[^\d+]/g, '') ?? ''
  if (!/^\+?\d{3,}$/.test(digits)) return null
  return `tel:${digits}`
}
