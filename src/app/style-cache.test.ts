import { readCspNonce } from './style-cache'

function documentWith(meta: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><head>${meta}</head>`, 'text/html')
}

test('reads the nonce the proxy wrote into the page', () => {
  expect(readCspNonce(documentWith('<meta property="csp-nonce" nonce="4f2a9c">'))).toBe('4f2a9c')
})

test('uses no nonce when the placeholder was not replaced (dev server, preview) or the meta is missing', () => {
  expect(readCspNonce(documentWith('<meta property="csp-nonce" nonce="__CSP_NONCE__">'))).toBeUndefined()
  expect(readCspNonce(documentWith(''))).toBeUndefined()
})
