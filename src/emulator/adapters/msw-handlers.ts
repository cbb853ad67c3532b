import { http, HttpResponse, type RequestHandler } from 'msw'
import type { Emulator } from '../core/emulator'
import { LOGIN_PAGE_HTML, LOGIN_PAGE_PATH } from '../core/faults'

/**
 * MSW v2 handlers that answer from the emulator core (unit tests, or a browser build without a dev server).
 * A `login-redirect` fault becomes a 302 to a login page that this handler set also serves as HTML 200,
 * so `fetch` follows it and sees what an SSO proxy would show.
 */
export function createKanbertHandlers(emulator: Emulator, apiBaseUrl: string): RequestHandler[] {
  const base = apiBaseUrl.replace(/\/+$/, '')
  // The login page sits at the root of the API's origin (relative bases stay relative to the page).
  const origin = /^https?:\/\//.test(base) ? new URL(base).origin : ''

  const readBody = async (request: Request): Promise<{ ok: true; body: unknown } | { ok: false }> => {
    const text = await request.text()
    if (text.trim() === '') return { ok: true, body: undefined }
    try {
      return { ok: true, body: JSON.parse(text) }
    } catch {
      return { ok: false }
    }
  }

  return [
    http.get(
      `${origin}/${LOGIN_PAGE_PATH}`,
      () =>
        new HttpResponse(LOGIN_PAGE_HTML, {
          status: 200,
          headers: { 'Content-Type': 'text/html; charset=utf-8' },
        }),
    ),
    http.all(`${base}/*`, async ({ request }) => {
      const url = new URL(request.url)
      const basePath = new URL(base, url).pathname.replace(/\/+$/, '')
      const parsed = await readBody(request)
      if (!parsed.ok) return HttpResponse.json({ message: 'Malformed JSON body.' }, { status: 400 })
      const answer = await emulator.handle({
        method: request.method,
        path: url.pathname.slice(basePath.length) || '/',
        query: url.searchParams,
        body: parsed.body,
      })
      const headers = new Headers(answer.headers)
      const location = headers.get('Location')
      if (answer.status === 302 && location !== null) headers.set('Location', new URL(location, url).href)
      return new HttpResponse(answer.body, { status: answer.status, headers })
    }),
  ]
}
