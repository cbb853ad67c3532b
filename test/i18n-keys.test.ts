import { languages, namespaces } from '../src/lib/i18n'
import { localeTexts } from './locale-resources'

/** Every leaf key as a dotted path ("actions.retry"). */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
}

function emptyValues(value: unknown, prefix = ''): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [prefix] : []
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) =>
    emptyValues(child, prefix ? `${prefix}.${key}` : key),
  )
}

describe.each(namespaces)('namespace %s', (namespace) => {
  test.each(languages)('has every key of the other languages in %s', (language) => {
    const own = new Set(keysOf(localeTexts(language, namespace)))
    const missing = languages
      .filter((other) => other !== language)
      .flatMap((other) => keysOf(localeTexts(other, namespace)).map((key) => ({ key, other })))
      .filter(({ key }) => !own.has(key))
      .map(({ key, other }) => `${namespace}:${key} (present in ${other})`)
    expect(missing).toEqual([])
  })

  test.each(languages)('has no empty texts in %s', (language) => {
    expect(emptyValues(localeTexts(language, namespace))).toEqual([])
  })
})
