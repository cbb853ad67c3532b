/**
 * Translations (English, German). Namespaces map 1:1 to `src/locales/<lang>/<ns>.json`.
 *
 * Our own small module instead of i18next + react-i18next, which weigh more on the first page than the
 * three features we use (namespaces, plurals, placeholders; docs/decisions.md). Lookup rules:
 * ./i18n/translate.ts; typed keys: ./i18n/keys.ts; texts and current language: ./i18n/store.ts. This file
 * is the one import path.
 *
 * Nothing is bundled: texts load as chunks. The namespaces the first page (the contact list) renders with
 * come as one chunk per language (`src/locales/<lang>/first-page.ts`), which `initI18n()` loads before the
 * first render; every other namespace is its own chunk, which the lazy routes load together with their
 * code (`loadNamespace`), so no screen ever renders a raw key. Only the current language is loaded: English
 * texts for a missing key are not fetched (test/i18n-keys.test.ts keeps the languages' keys equal).
 */
import { useSyncExternalStore } from 'react'
import type { Namespace, TFunction, TOptions } from './i18n/keys'
import {
  hasTexts,
  isLanguage,
  activeLanguage,
  setActiveLanguage,
  storeTexts,
  subscribe,
  translateNow,
  translatorFor,
  type Language,
} from './i18n/store'
import type { Texts } from './i18n/translate'
import {
  detectLanguage,
  firstPageNamespaces,
  LANGUAGE_STORAGE_KEY,
  loadFirstPageTexts,
  type FirstPageNamespace,
} from './i18n/first-page-texts'

export type { Namespace, TFunction, TOptions, TranslationKey } from './i18n/keys'
export { languages, namespaces, type Language } from './i18n/store'

export { detectLanguage, firstPageNamespaces, LANGUAGE_STORAGE_KEY } from './i18n/first-page-texts'

/** Adds (or replaces) one namespace's texts; tests use it to have every text without loading chunks. */
export function addTexts(language: Language, namespace: Namespace, texts: Texts): void {
  storeTexts(language, [[namespace, texts]])
}

function isFirstPageNamespace(namespace: string): namespace is FirstPageNamespace {
  return (firstPageNamespaces as readonly string[]).includes(namespace)
}

const namespaceChunks = import.meta.glob<{ default: Texts }>([
  '../locales/*/*.json',
  '!../locales/*/{common,list,errors,session}.json', // in first-page.ts
])

async function fetchChunk(
  language: Language,
  namespace: Namespace,
): Promise<(readonly [Namespace, Texts])[]> {
  if (isFirstPageNamespace(namespace)) {
    const chunk = await loadFirstPageTexts(language)
    return firstPageNamespaces.map((name) => [name, chunk[name]] as const)
  } else {
    const load = namespaceChunks[`../locales/${language}/${namespace}.json`]
    if (load) return [[namespace, (await load()).default]]
  }
  throw new Error(`No texts for ${language}/${namespace}`)
}

/** Loads in flight, by chunk: concurrent callers share one; a failed load may be tried again. */
const loading = new Map<string, Promise<void>>()

function ensureLoaded(language: Language, namespace: Namespace): Promise<void> {
  if (hasTexts(language, namespace)) return Promise.resolve()
  const chunk = `${language}/${isFirstPageNamespace(namespace) ? 'first-page' : namespace}`
  let pending = loading.get(chunk)
  if (!pending) {
    pending = fetchChunk(language, namespace)
      .then((loaded) => storeTexts(language, loaded))
      .finally(() => loading.delete(chunk))
    loading.set(chunk, pending)
  }
  return pending
}

/** Every namespace asked for so far: a language switch first loads them all in the new language. */
const wanted = new Set<Namespace>(firstPageNamespaces)
let switchingTo: Language | undefined

async function loadNamespaces(namespace: Namespace | readonly Namespace[]): Promise<void> {
  const asked = typeof namespace === 'string' ? [namespace] : namespace
  for (const name of asked) wanted.add(name)
  const targets = new Set([activeLanguage(), switchingTo].filter(isLanguage))
  await Promise.all([...targets].flatMap((language) => asked.map((name) => ensureLoaded(language, name))))
}

function loadWanted(language: Language): Promise<unknown> {
  return Promise.all([...wanted].map((namespace) => ensureLoaded(language, namespace)))
}

function applyLanguage(language: Language): void {
  setActiveLanguage(language)
  document.documentElement.lang = language
}

/** Loads the new language's texts of every namespace in use, then switches; the last call wins. */
async function changeLanguage(language: Language): Promise<void> {
  switchingTo = language
  try {
    await loadWanted(language)
  } catch (error) {
    if (switchingTo === language) switchingTo = undefined
    throw error
  }
  if (switchingTo !== language) return
  switchingTo = undefined
  applyLanguage(language)
}

const t: TFunction = (key: string, options?: TOptions) => translateNow(['common'], key, options)

export const i18n = {
  changeLanguage,
  loadNamespaces,
  /** For code outside React (the query client); components use `useTranslation`. */
  t,
}

let initialised: Promise<void> | undefined

/**
 * Resolves when the detected language's first-page texts are there (one small chunk, fetched in parallel
 * with config.json). Render after it. A failed load still sets the language (keys show), then rejects.
 */
export function initI18n(): Promise<void> {
  initialised ??= (async () => {
    const language = detectLanguage()
    try {
      await loadWanted(language)
    } finally {
      applyLanguage(language)
    }
  })()
  return initialised
}

/** Loads a lazily loaded screen's texts; call it next to the screen's `import()`. */
export async function loadNamespace(namespace: Namespace): Promise<void> {
  await loadNamespaces(namespace)
}

/**
 * The UI language: the one way to read it. Components that call it also call `useTranslation`, which
 * re-renders them when it changes. English before `initI18n()`.
 */
export function currentLanguage(): Language {
  return activeLanguage() ?? 'en'
}

/** Switches the UI language and remembers it for the next visit. */
export async function setLanguage(language: Language): Promise<void> {
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, language)
  } catch {
    // not remembered, but still switched
  }
  await changeLanguage(language)
}

/**
 * `t` for the given namespaces (the first one is searched first; none = `common`). Re-renders the component
 * when the language or the texts it reads change. No provider needed.
 */
export function useTranslation<Ns extends Namespace = 'common'>(
  namespace?: Ns | readonly Ns[],
): { t: TFunction<Ns>; i18n: typeof i18n } {
  const hookNamespaces: readonly Namespace[] =
    namespace === undefined ? ['common'] : typeof namespace === 'string' ? [namespace] : namespace
  const translate = useSyncExternalStore(subscribe, () => translatorFor(hookNamespaces))
  return { t: translate, i18n }
}
