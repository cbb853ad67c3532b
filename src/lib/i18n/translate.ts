/**
 * Finding a text, the way i18next did for us: nested keys by dots, plural forms by `count`, `{{name}}`
 * placeholders, the current language before English, and the key itself when nothing has a text.
 * Pure functions; src/lib/i18n.ts owns the loaded texts and the current language.
 */
import type { TOptions } from './keys'

export type Texts = Readonly<Record<string, unknown>>

/** The loaded texts of one language and namespace; undefined when not loaded. */
export type TextsOf = (language: string, namespace: string) => Texts | undefined

function isTexts(value: unknown): value is Texts {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function lookup(texts: Texts | undefined, path: string): string | undefined {
  let node: unknown = texts
  for (const part of path.split('.')) {
    if (!isTexts(node) || !Object.hasOwn(node, part)) return undefined
    node = node[part]
  }
  return typeof node === 'string' ? node : undefined
}

const pluralRules = new Map<string, Intl.PluralRules>()

function pluralCategory(language: string, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(language)
  if (!rules) {
    rules = new Intl.PluralRules(language)
    pluralRules.set(language, rules)
  }
  return rules.select(count)
}

/** With a numeric `count`: the language's plural form (`_zero` first for 0, as i18next), then `_other`. */
function candidates(path: string, language: string, options: TOptions | undefined): string[] {
  const count = options?.count
  if (typeof count !== 'number') return [path]
  const forms = [...(count === 0 ? ['zero'] : []), pluralCategory(language, count), 'other']
  return [...new Set(forms)].map((form) => `${path}_${form}`).concat(path)
}

const placeholder = /\{\{\s*(\w+)\s*\}\}/g

/**
 * `{{name}}` → the value as text, no HTML escaping (React escapes). As i18next: `null` or an explicit
 * `undefined` → empty; a name not passed at all keeps its placeholder.
 */
export function interpolate(text: string, options: TOptions | undefined): string {
  if (!options) return text
  return text.replace(placeholder, (match, name: string) => {
    if (!Object.hasOwn(options, name)) return match
    const value = options[name]
    return value === undefined || value === null ? '' : String(value)
  })
}

/** `ns:key` → [`ns`, `key`] when `ns` is a namespace; otherwise no namespace. */
export function splitKey<Ns extends string>(
  key: string,
  isNamespace: (name: string) => name is Ns,
): [Ns | undefined, string] {
  const colon = key.indexOf(':')
  const prefix = key.slice(0, colon)
  return colon > 0 && isNamespace(prefix) ? [prefix, key.slice(colon + 1)] : [undefined, key]
}

/**
 * The text for `path`: each namespace in order, in each the languages in order (current, then English);
 * else `options.defaultValue`, else the path itself.
 */
export function translate(
  textsOf: TextsOf,
  languages: readonly string[],
  namespaces: readonly string[],
  path: string,
  options?: TOptions,
): string {
  for (const namespace of namespaces)
    for (const language of languages)
      for (const candidate of candidates(path, language, options)) {
        const text = lookup(textsOf(language, namespace), candidate)
        if (text !== undefined) return interpolate(text, options)
      }
  const fallback = options?.defaultValue
  return typeof fallback === 'string' ? interpolate(fallback, options) : path
}
