/**
 * Runs before the app's code: starts the requests the first screen needs (config.json and the texts, then,
 * when a list URL was opened, the list's first page and the custom-field definitions that name its
 * columns), so they travel while the app's JavaScript evaluates. The API client and the config loader take
 * these answers (src/lib/early-responses.ts) and check them as usual; anything that does not match exactly
 * is requested again the normal way. Opened at the bare list or the app's root, the last user's start view
 * is opened first (features/contacts/views/boot-start-view.ts). No zod, React or MUI here.
 * The entry that calls it: src/boot/early-requests.ts.
 */
import { rememberEarlyResponse } from '../lib/early-responses'
import { earlyCustomFieldsUrl, earlyListRequestUrl } from './early-request-urls'
import { openStartView } from '../features/contacts/views/boot-start-view'
import { detectLanguage, loadFirstPageTexts } from '../lib/i18n/first-page-texts'
import {
  API_GET_REQUEST,
  CONFIG_REQUEST,
  DEFAULT_API_BASE_URL,
  configUrl,
  resolveAppUrl,
} from '../lib/request-url'

/**
 * Resolves once the early API requests are on their way (or none will be sent, or config.json failed);
 * never rejects. The boot entry loads the app only then (see early-requests.ts).
 */
export function startEarlyRequests(
  base: string,
  location: Pick<Location, 'href' | 'pathname' | 'search'>,
): Promise<void> {
  // Every screen renders with the first page's texts: the app's import then finds them loading or there.
  loadFirstPageTexts(detectLanguage()).catch(() => undefined)
  const root = new URL(base, location.href).pathname
  const listPath = root + 'contacts'
  const url = configUrl(base)
  const config = fetch(url, CONFIG_REQUEST)
  rememberEarlyResponse(url, config)
  const path = location.pathname.replace(/\/+$/, '')
  let search = location.search
  // Opened at the bare list or the app's root: the start view, if the last user here has one.
  if (!search && (path === listPath || path + '/' === root)) search = openStartView(listPath, search)
  else if (path !== listPath) return Promise.resolve()
  return config
    .then((response) => response.clone().json())
    .then((json: { apiBaseUrl?: unknown }) => {
      // Read loosely: a base the config loader reads differently yields another URL, which nobody takes.
      const raw = typeof json.apiBaseUrl === 'string' ? json.apiBaseUrl : DEFAULT_API_BASE_URL
      const apiBase = resolveAppUrl(raw, document.baseURI)
      const listUrl = earlyListRequestUrl(apiBase, new URLSearchParams(search))
      for (const url of [listUrl, earlyCustomFieldsUrl(apiBase)])
        if (url !== null) rememberEarlyResponse(url, fetch(url, API_GET_REQUEST))
    })
    .catch(() => undefined)
}
