/**
 * No UI text bypasses i18n: every .tsx file under src/ (the emulator aside, it is not UI) is parsed with
 * the TypeScript compiler, and any word written directly as JSX text, as a string literal child, or as a
 * string literal in a user-visible attribute (label, placeholder, aria-label, …) fails this test. A
 * German user would otherwise meet English on that spot.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import ts from 'typescript'
import { languages, namespaces } from '../src/lib/i18n'
import { localeTexts } from './locale-resources'

const root = join(__dirname, '..')
const srcDir = join(root, 'src')

/** Attributes whose value a user reads or hears. */
const VISIBLE_ATTRIBUTES = new Set([
  'label',
  'placeholder',
  'title',
  'alt',
  'helperText',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'loadingText',
  'noOptionsText',
  'clearText',
  'openText',
  'closeText',
])

/** Two letters in a row in any script: a word. Symbols, digits and single keys (·, —, /, 2) are fine. */
const WORD = /\p{L}{2,}/u

function tsxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'emulator' ? [] : tsxFiles(path)
    return entry.name.endsWith('.tsx') && !entry.name.endsWith('.test.tsx') ? [path] : []
  })
}

/** "file:line: text" for each hard-coded UI text in the given TSX source. */
function hardCodedTexts(path: string, code = readFileSync(path, 'utf8')): string[] {
  const source = ts.createSourceFile(path, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
  const found: string[] = []
  const report = (node: ts.Node, text: string) => {
    // JSX text starts with the indentation before it; count lines from its first visible character.
    const leading = ts.isJsxText(node) ? node.text.length - node.text.trimStart().length : 0
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source) + leading)
    found.push(`${relative(root, path)}:${line + 1}: ${JSON.stringify(text.trim())}`)
  }
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && WORD.test(node.text)) report(node, node.text)
    if (ts.isJsxExpression(node) && node.expression && ts.isJsxElement(node.parent)) {
      const expression = node.expression
      if (
        (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression)) &&
        WORD.test(expression.text)
      )
        report(node, expression.text)
    }
    if (ts.isJsxAttribute(node) && VISIBLE_ATTRIBUTES.has(node.name.getText(source)) && node.initializer) {
      const init = node.initializer
      const literal = ts.isStringLiteral(init)
        ? init
        : ts.isJsxExpression(init) && init.expression && ts.isStringLiteral(init.expression)
          ? init.expression
          : null
      if (literal && WORD.test(literal.text)) report(node, literal.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return found
}

test('no .tsx file writes UI text directly instead of through t()', () => {
  const files = tsxFiles(srcDir)
  expect(files.length).toBeGreaterThan(50)
  expect(files.flatMap((file) => hardCodedTexts(file))).toEqual([])
})

test('the check catches text, literal children and visible attributes, and lets t() and symbols pass', () => {
  const code = [
    'export const A = () => (',
    '  <p title="Hello there" className="wide-box">',
    "    Save now{'Cancel it'}{t('ok')} · 2 <span aria-label={t('x')} />",
    '    <TextField label={"Last name"} placeholder={t("y")} />',
    '  </p>',
    ')',
  ].join('\n')
  expect(hardCodedTexts(join(srcDir, 'probe.tsx'), code)).toEqual([
    'src/probe.tsx:2: "Hello there"',
    'src/probe.tsx:3: "Save now"',
    'src/probe.tsx:3: "Cancel it"',
    'src/probe.tsx:4: "Last name"',
  ])
})

/** Every leaf key as a dotted path. */
function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix]
  return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key))
}

describe.each(languages)('plurals in %s', (language) => {
  test.each(namespaces)('every _one has its _other and the reverse in %s', (namespace) => {
    const keys = new Set(keysOf(localeTexts(language, namespace)))
    const orphans = [...keys].flatMap((key) => {
      const match = /^(.*)_(one|other)$/.exec(key)
      if (!match) return []
      const sibling = `${match[1]}_${match[2] === 'one' ? 'other' : 'one'}`
      return keys.has(sibling) ? [] : [`${namespace}:${key} has no ${sibling}`]
    })
    expect(orphans).toEqual([])
  })
})
