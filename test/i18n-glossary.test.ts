/**
 * One word for each thing (docs/glossary.md): wherever an English text uses a glossary term, its German
 * text (same namespace and key) uses the glossary's German word; no text uses a rejected translation.
 * A term translated two ways — "Betreuer" in the list, "Zuständig" on the detail page — fails here.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { namespaces, type Language } from '../src/lib/i18n'
import { localeTexts } from './locale-resources'

interface Term {
  english: string[]
  german: string
  rejected: { language: Language; phrase: string }[]
}

const cellsOf = (line: string) =>
  line
    .split('|')
    .slice(1, -1)
    .map((cell) => cell.trim())

const list = (text: string) =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)

function parseRejected(cell: string): Term['rejected'] {
  return cell
    .split(';')
    .map((part) => /^(en|de):(.*)$/.exec(part.trim()))
    .flatMap((match) => {
      const language = match?.[1]
      if (language !== 'en' && language !== 'de') return []
      return list(match?.[2] ?? '').map((phrase) => ({ language, phrase }))
    })
}

/** The table's rows after its header and divider. */
function glossary(): Term[] {
  const text = readFileSync(join(__dirname, '..', 'docs', 'glossary.md'), 'utf8')
  const rows = text.split('\n').filter((line) => line.startsWith('|'))
  return rows.slice(2).map((line) => {
    const [english = '', german = '', rejected = ''] = cellsOf(line)
    return { english: list(english), german, rejected: parseRejected(rejected) }
  })
}

/** Every text of a namespace by dotted key, placeholders removed (`{{space}}` is not the word "space"). */
function texts(language: Language, namespace: (typeof namespaces)[number]): Map<string, string> {
  const out = new Map<string, string>()
  const walk = (value: unknown, prefix: string) => {
    if (typeof value === 'string') out.set(prefix, value.replace(/\{\{\w+\}\}/g, ''))
    else if (typeof value === 'object' && value !== null)
      for (const [key, child] of Object.entries(value)) walk(child, prefix ? `${prefix}.${key}` : key)
  }
  walk(localeTexts(language, namespace), '')
  return out
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A lowercase phrase matches in any case; one with capitals (a name) only as written. */
const wholeWord = (phrase: string, anyCase = phrase === phrase.toLowerCase()) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${escape(phrase)}(?![\\p{L}\\p{N}])`, anyCase ? 'iu' : 'u')

const terms = glossary()

/** The text without other terms that contain this one ("primary contact" is not "contact"). */
function withoutLongerTerms(text: string, term: Term) {
  const longer = terms
    .filter((other) => other !== term)
    .flatMap((other) => other.english)
    .filter((form) => term.english.some((own) => form !== own && wholeWord(own).test(form)))
  return longer.reduce(
    (rest, form) => rest.replace(new RegExp(wholeWord(form).source, `g${wholeWord(form).flags}`), ''),
    text,
  )
}

test('the glossary has terms', () => {
  expect(terms.length).toBeGreaterThan(5)
  for (const term of terms) {
    expect(term.english.length).toBeGreaterThan(0)
    expect(term.german).not.toBe('')
  }
})

test.each(terms.map((term) => [term.english.join(', '), term] as const))(
  'German uses the glossary word wherever English says “%s”',
  (_, term) => {
    const mismatches = namespaces.flatMap((namespace) => {
      const german = texts('de', namespace)
      return [...texts('en', namespace)]
        .filter(([, english]) =>
          term.english.some((form) => wholeWord(form).test(withoutLongerTerms(english, term))),
        )
        .filter(([key]) => !(german.get(key) ?? '').toLowerCase().includes(term.german.toLowerCase()))
        .map(([key, english]) => `${namespace}:${key} “${english}” → “${german.get(key) ?? ''}”`)
    })
    expect(mismatches).toEqual([])
  },
)

test.each(
  terms.flatMap((term) =>
    term.rejected.map((rejected) => [rejected.language, rejected.phrase, rejected] as const),
  ),
)('no %s text uses the rejected word “%s”', (_language, _phrase, { language, phrase }) => {
  const found = namespaces.flatMap((namespace) =>
    [...texts(language, namespace)]
      .filter(([, text]) => wholeWord(phrase, true).test(text))
      .map(([key, text]) => `${language}/${namespace}:${key} “${text}”`),
  )
  expect(found).toEqual([])
})
