/**
 * Emotion's style cache with the page's CSP nonce, so the styles MUI injects are allowed by a strict
 * `style-src 'self' 'nonce-…'` (no 'unsafe-inline'). The proxy writes a fresh nonce per page load into
 * index.html (Vite's `html.cspNonce` placeholder, see docs/deploy.md); without a proxy the placeholder
 * stays and no nonce is used.
 */
import createCache, { type EmotionCache } from '@emotion/cache'

export const CSP_NONCE_PLACEHOLDER = '__CSP_NONCE__'

export function readCspNonce(doc: Document = document): string | undefined {
  const meta = doc.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')
  // Browsers hide the nonce attribute from the DOM once CSP applies; the `nonce` property keeps it.
  const nonce = meta ? [meta.nonce, meta.getAttribute('nonce')].find((value) => value) : undefined
  return nonce && nonce !== CSP_NONCE_PLACEHOLDER ? nonce : undefined
}

export function createStyleCache(nonce: string | undefined = readCspNonce()): EmotionCache {
  return createCache({ key: 'css', ...(nonce ? { nonce } : {}) })
}
