/**
 * The language the app starts in, and the first page's texts: one chunk per language. The boot module
 * (src/boot/) starts loading it while the app's code loads; the app's own import then takes the same
 * module, so its first render does not wait for one more round trip.
 */
import type { Namespace } from './keys'
import { isLanguage, type Language } from './languages'
import type { Texts } from './translate'

/** The namespaces the contact list renders with; every other screen loads its own on the way in. */
export const firstPageNamespaces = ['common', 'list', 'errors', 'session'] as const satisfies Namespace[]
export type FirstPageNamespace = (typeof firstPageNamespaces)[number]

export const LANGUAGE_STORAGE_KEY = 'kanbert-contacts.language'

function readStoredLanguage(): Language | null {
  try {
    const stored = window.localStorage.getItem(LANGUAGE_STORAGE_KEY)
    return isLanguage(stored) ? stored : null
  } catch {
    return null // storage can be disabled by browser policy; the app still works without it
  }
}

/** The remembered choice wins; otherwise the browser language (any `de-*` → German, everything else English). */
export function detectLanguage(): Language {
  return readStoredLanguage() ?? (navigator.language.toLowerCase().startsWith('de') ? 'de' : 'en')
}

const chunks = import.meta.glob<Record<FirstPageNamespace, Texts>>('../../locales/*/first-page.ts')

/** The first page's texts in a language; the browser fetches the chunk once, however often it is asked. */
export function loadFirstPageTexts(language: Language): Promise<Record<FirstPageNamespace, Texts>> {
  const load = chunks[`../../locales/${language}/first-page.ts`]
  return load ? load() : Promise.reject(new Error(`No first-page texts for ${language}`))
}
