/**
 * How requests are addressed and sent, shared by the API client and the boot module (src/boot/), which
 * must send exactly the same requests without loading the client's dependencies.
 */

/**
 * Sent on every API request. Another site cannot add a custom header to a form post or a simple fetch,
 * so the proxy refuses writes without it (cross-site request forgery; docs/deploy.md).
 */
export const CLIENT_HEADER = { name: 'X-Requested-With', value: 'kanbert-contacts' } as const

/** The fetch options of a GET to the API. */
export const API_GET_REQUEST: RequestInit = {
  method: 'GET',
  headers: { Accept: 'application/json', [CLIENT_HEADER.name]: CLIENT_HEADER.value },
  // Same-origin cookies only: the SSO proxy adds the Kanbert token upstream.
  credentials: 'same-origin',
  // A proxy whose session ran out redirects to its login page; the client must see that, not follow it.
  redirect: 'manual',
}

/** config.json's `apiBaseUrl` when it names none: relative to the app's base path. */
export const DEFAULT_API_BASE_URL = 'api/v1'

/** How config.json is requested. */
export const CONFIG_REQUEST = { cache: 'no-store', credentials: 'same-origin' } as const
export const configUrl = (base: string) => `${base}config.json`

/** The API request URL: base + path, with the non-empty query values set in their given order. */
export type QueryValue = string | number | undefined | null

export function requestUrl(base: string, path: string, query?: Record<string, QueryValue>): string {
  const url = new URL(`${base}${path}`)
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined && value !== null && value !== '') url.searchParams.set(key, String(value))
  }
  return url.toString()
}

/** Resolves a possibly relative URL against the app's base (document.baseURI follows Vite's base). */
export function resolveAppUrl(url: string, base: string): string {
  return new URL(url, base).toString().replace(/\/+$/, '')
}
