/**
 * The only way a "return here after signing in" address is made: it must be a path on this origin and
 * under the app's base path, so a crafted link can never turn the login round-trip into a redirect to
 * another site (`//evil.example`, `/\evil.example`, `https://…`, `javascript:`, `/crm/contacts/../admin`).
 */

const ORIGIN = 'https://return-path.invalid'

function withTrailingSlash(path: string): string {
  return path.endsWith('/') ? path : `${path}/`
}

function hasControlChar(text: string): boolean {
  return Array.from(text).some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f)
}

/** The normalised path (with search and hash) when it is safe to go back to, else null. */
export function safeReturnPath(value: unknown, basePath: string): string | null {
  if (typeof value !== 'string' || value === '') return null
  // Browsers strip tabs and newlines from URLs ("/\t/evil" becomes "//evil"); refuse them outright.
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\s]/.test(value) || hasControlChar(value))
    return null
  let url: URL
  try {
    url = new URL(value, ORIGIN)
  } catch {
    return null
  }
  if (url.origin !== ORIGIN) return null
  const base = withTrailingSlash(basePath.startsWith('/') ? basePath : `/${basePath}`)
  const path = url.pathname
  if (path !== base.slice(0, -1) && !path.startsWith(base)) return null
  return `${path}${url.search}${url.hash}`
}
