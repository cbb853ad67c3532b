/**
 * The loaded texts and the current language, as an external store for `useSyncExternalStore`: the state is
 * replaced (never mutated) on every change, and each namespace list gets a `t` whose identity changes only
 * when the language or a text it reads changes, so memoised components re-render exactly then.
 */
import type { Namespace, TOptions } from './keys'
import { splitKey, translate, type Texts } from './translate'

import { isLanguage, type Language } from './languages'

export { languages, isLanguage, type Language } from './languages'

export const namespaces = [
  'common',
  'list',
  'listTools',
  'bulk',
  'views',
  'detail',
  'form',
  'errors',
  'session',
] as const satisfies Namespace[]

function isNamespace(value: string): value is Namespace {
  return (namespaces as readonly string[]).includes(value)
}

type State = {
  /** Undefined until `initI18n()` has run. */
  readonly language: Language | undefined
  readonly texts: Readonly<Partial<Record<Language, Readonly<Partial<Record<Namespace, Texts>>>>>>
}

let state: State = { language: undefined, texts: {} }
const listeners = new Set<() => void>()

function update(next: State): void {
  state = next
  for (const listener of listeners) listener()
}

export function subscribe(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function activeLanguage(): Language | undefined {
  return state.language
}

export function setActiveLanguage(language: Language): void {
  if (state.language !== language) update({ ...state, language })
}

export function hasTexts(language: Language, namespace: Namespace): boolean {
  return state.texts[language]?.[namespace] !== undefined
}

export function storeTexts(language: Language, loaded: readonly (readonly [Namespace, Texts])[]): void {
  const own = { ...state.texts[language], ...Object.fromEntries(loaded) }
  update({ ...state, texts: { ...state.texts, [language]: own } })
}

function textsOf(language: string, namespace: string): Texts | undefined {
  return isLanguage(language) && isNamespace(namespace) ? state.texts[language]?.[namespace] : undefined
}

export type Translate = (key: string, options?: TOptions) => string

/** `ns:key` looks in `ns`, any other key in the given namespaces in order; current language, then English. */
export function translateNow(inNamespaces: readonly Namespace[], key: string, options?: TOptions): string {
  const [prefix, path] = splitKey(key, isNamespace)
  const language = state.language ?? 'en'
  const order = language === 'en' ? ['en'] : [language, 'en']
  return translate(textsOf, order, prefix === undefined ? inNamespaces : [prefix], path, options)
}

/** What a namespace's texts are now: the current language's and English (the fallback). */
function textsNow(namespace: Namespace): readonly [Texts | undefined, Texts | undefined] {
  return [textsOf(state.language ?? 'en', namespace), state.texts.en?.[namespace]]
}

type Translator = {
  readonly t: Translate
  readonly language: Language | undefined
  /** Each namespace it has read from, with the texts it had then. */
  readonly read: Map<Namespace, readonly [Texts | undefined, Texts | undefined]>
}

const translators = new Map<string, Translator>()

function isCurrent(translator: Translator): boolean {
  if (translator.language !== state.language) return false
  for (const [namespace, [own, english]] of translator.read) {
    const [ownNow, englishNow] = textsNow(namespace)
    if (own !== ownNow || english !== englishNow) return false
  }
  return true
}

/** The `t` for these namespaces: the same function as long as nothing it reads has changed. */
export function translatorFor(hookNamespaces: readonly Namespace[]): Translate {
  const id = hookNamespaces.join()
  const cached = translators.get(id)
  if (cached && isCurrent(cached)) return cached.t
  const read = new Map(hookNamespaces.map((namespace) => [namespace, textsNow(namespace)] as const))
  const t: Translate = (key, options) => {
    const [prefix] = splitKey(key, isNamespace)
    if (prefix !== undefined && !read.has(prefix)) read.set(prefix, textsNow(prefix))
    return translateNow(hookNamespaces, key, options)
  }
  translators.set(id, { t, language: state.language, read })
  return t
}
