/** Every language's texts, bundled statically for tests (the app loads most of them lazily). */
import type { Language, Namespace } from '../src/lib/i18n'

const files = import.meta.glob<Record<string, unknown>>('../src/locales/*/*.json', {
  eager: true,
  import: 'default',
})

/** The parsed `src/locales/<language>/<namespace>.json`. */
export function localeTexts(language: Language, namespace: Namespace): Record<string, unknown> {
  const texts = files[`../src/locales/${language}/${namespace}.json`]
  if (!texts) throw new Error(`Missing src/locales/${language}/${namespace}.json`)
  return texts
}
