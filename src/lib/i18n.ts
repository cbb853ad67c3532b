/**
 * Translations (English, German). Namespaces map 1:1 to `src/locales/<lang>/<ns>.json`.
 *
 * Nothing is bundled: i18next-resources-to-backend loads the texts as chunks. The namespaces the first page
 * (the contact list) renders with come as one chunk per language (`src/locales/<lang>/first-page.ts`),
 * which `initI18n()` loads before the first render; every other namespace is its own chunk, which the lazy
 * routes load together with their code (`loadNamespace`), so no screen ever renders a raw key. The bundle
 * budget counts the bigger language's first-page chunk as part of the first page.
 */
import i18next from 'i18next'
import resourcesToBackend from 'i18next-resources-to-backend'
import { initReactI18next } from 'react-i18next'
import type enCommon from '../locales/en/common.json'
import type enList from '../locales/en/list.json'
import type enDetail from '../locales/en/detail.json'
import type enForm from '../locales/en/form.json'
import type enErrors from '../locales/en/errors.json'
import type enSession from '../locales/en/session.json'

export const languages = ['en', 'de'] as const
export type Language = (typeof languages)[number]

export const namespaces = ['common', 'list', 'detail', 'form', 'errors', 'session'] as const
export type Namespace = (typeof namespaces)[number]

/** The namespaces the contact list renders with; every other screen loads its own on the way in. */
export const firstPageNamespaces = ['common', 'list', 'errors', 'session'] as const satisfies Namespace[]

type EnglishResources = {
  common: typeof enCommon
  list: typeof enList
  detail: typeof enDetail
  form: typeof enForm
  errors: typeof enErrors
  session: typeof enSession
}

// English is the reference: keys are type-checked against it, and test/i18n-keys.test.ts keeps German equal.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: EnglishResources
  }
}

export const LANGUAGE_STORAGE_KEY = 'kanbert-contacts.language'

function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value)
}

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

export const i18n = i18next.createInstance()

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language
})

type Texts = Record<string, unknown>
type FirstPageTexts = Record<FirstPageNamespace, Texts>
type FirstPageNamespace = (typeof firstPageNamespaces)[number]

const firstPageChunks = import.meta.glob<FirstPageTexts>('../locales/*/first-page.ts')
const namespaceChunks = import.meta.glob<{ default: Texts }>([
  '../locales/*/*.json',
  '!../locales/*/{common,list,errors,session}.json', // in first-page.ts
])

function isFirstPageNamespace(namespace: string): namespace is FirstPageNamespace {
  return (firstPageNamespaces as readonly string[]).includes(namespace)
}

async function loadLocaleChunk(language: string, namespace: string): Promise<Texts> {
  if (isFirstPageNamespace(namespace)) {
    const load = firstPageChunks[`../locales/${language}/first-page.ts`]
    if (load) return (await load())[namespace]
  } else {
    const load = namespaceChunks[`../locales/${language}/${namespace}.json`]
    if (load) return (await load()).default
  }
  throw new Error(`No texts for ${language}/${namespace}`)
}

let initialised: Promise<unknown> | undefined

/**
 * Starts i18next once and resolves when the detected language's first-page texts are there (one small
 * chunk, fetched in parallel with config.json). Render after it.
 */
export function initI18n(): Promise<unknown> {
  initialised ??= i18n
    .use(resourcesToBackend(loadLocaleChunk))
    .use(initReactI18next)
    .init({
      lng: detectLanguage(),
      fallbackLng: 'en',
      supportedLngs: languages,
      ns: [...firstPageNamespaces], // a copy: i18next adds every namespace it loads to this array
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes already
      react: { useSuspense: false },
      returnNull: false,
    })
  return initialised
}

/** Loads a lazily loaded screen's texts; call it next to the screen's `import()`. */
export async function loadNamespace(namespace: Namespace): Promise<void> {
  await i18n.loadNamespaces(namespace)
}

export function currentLanguage(): Language {
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en'
}

/** Switches the UI language and remembers it for the next visit. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // not remembered, but still switched
  }
  await i18n.changeLanguage(language)
}
