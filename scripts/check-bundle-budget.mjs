#!/usr/bin/env node
/**
 * The first-page bundle budget, run after `vite build` (part of `npm run build`, so CI fails when over).
 *
 * "First page" is exactly what a browser loads to show /contacts: the entry <script> and the
 * modulepreload/stylesheet links in dist/index.html, plus everything those chunks import statically
 * according to dist/.vite/manifest.json (the manifest needs `build.manifest: true`). Dynamic imports are
 * not followed — they load later (detail, form, filter panel, export) and are reported per chunk.
 *
 * Budget: first-page JavaScript ≤ 200 kB gzip, where 1 kB = 1000 bytes and gzip is zlib level 9.
 *
 * Usage: node scripts/check-bundle-budget.mjs [distDir]   (default: dist)
 * Also imported by bench/run-bench.mjs (analyzeBundle, formatBundleTable).
 */
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { brotliCompressSync, constants as zlibConstants, gzipSync } from 'node:zlib'

export const FIRST_PAGE_JS_GZIP_BUDGET = 200 * 1000

/**
 * Dynamic chunks that are nevertheless needed before the first row can show, so they count towards the
 * first page: the list route's module (should it ever become a lazy route), and the texts the list renders
 * with, which src/lib/i18n.ts loads per language before the first render. A user loads one language, so
 * the bigger language's chunk is counted.
 */
const FIRST_PAGE_ROUTE_SOURCES = ['src/features/contacts/list/contact-list-page.tsx']
const FIRST_PAGE_TEXT_SOURCE = /^src\/locales\/[^/]+\/first-page\.ts$/

const projectRoot = fileURLToPath(new URL('..', import.meta.url))

/** Raw, gzip (level 9) and brotli (quality 11) sizes of one file in bytes. */
function measure(path) {
  const content = readFileSync(path)
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: {
        [zlibConstants.BROTLI_PARAM_QUALITY]: 11,
        [zlibConstants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }).length,
  }
}

function readManifest(distDir) {
  const path = join(distDir, '.vite', 'manifest.json')
  try {
    return JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new Error(
      `Cannot read ${path} (${error instanceof Error ? error.message : error}). ` +
        'Run `vite build` first; vite.config.ts must set build.manifest: true.',
    )
  }
}

/** URLs of the entry scripts, modulepreloads and stylesheets in the built index.html. */
export function htmlAssetUrls(html) {
  const urls = []
  for (const tag of html.match(/<(script|link)\b[^>]*>/gi) ?? []) {
    const attr = (name) => tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i'))?.[1]
    if (/^<script/i.test(tag) && attr('type') === 'module' && attr('src')) urls.push(attr('src'))
    const rel = attr('rel')
    if (/^<link/i.test(tag) && (rel === 'modulepreload' || rel === 'stylesheet') && attr('href'))
      urls.push(attr('href'))
  }
  return urls
}

/** Follows static `imports` (never `dynamicImports`) from the given manifest keys. */
function staticClosure(manifest, keys) {
  const seen = new Set()
  const visit = (key) => {
    if (seen.has(key) || !manifest[key]) return
    seen.add(key)
    for (const next of manifest[key].imports ?? []) visit(next)
  }
  keys.forEach(visit)
  return seen
}

/** Dist-relative files (JS and CSS) of a set of manifest chunks. */
function filesOf(manifest, keys) {
  const files = new Set()
  for (const key of keys) {
    files.add(manifest[key].file)
    for (const css of manifest[key].css ?? []) files.add(css)
  }
  return files
}

function describe(distDir, manifest, files) {
  const byFile = new Map(Object.values(manifest).map((chunk) => [chunk.file, chunk]))
  const rows = [...files].map((file) => {
    const chunk = byFile.get(file)
    const label = !chunk
      ? file
      : chunk.isEntry
        ? `entry (${chunk.src ?? chunk.name})`
        : (chunk.src ?? `shared chunk "${chunk.name}"`)
    return { file, label, kind: file.endsWith('.css') ? 'css' : 'js', ...measure(join(distDir, file)) }
  })
  rows.sort((a, b) => b.gzip - a.gzip)
  const sum = (kind, key) =>
    rows.filter((row) => row.kind === kind).reduce((total, row) => total + row[key], 0)
  const totals = {}
  for (const kind of ['js', 'css'])
    totals[kind] = { raw: sum(kind, 'raw'), gzip: sum(kind, 'gzip'), brotli: sum(kind, 'brotli') }
  return { files: rows, totals }
}

/** Measures the first page and every lazily loaded chunk of a built app. */
export function analyzeBundle(distDir = join(projectRoot, 'dist')) {
  const manifest = readManifest(distDir)
  const html = readFileSync(join(distDir, 'index.html'), 'utf8')
  const fileToKey = new Map(Object.entries(manifest).map(([key, chunk]) => [chunk.file, key]))

  const htmlFiles = new Set()
  const startKeys = []
  for (const url of htmlAssetUrls(html)) {
    const path = new URL(url, 'http://x/').pathname
    const file = [...fileToKey.keys(), ...Object.values(manifest).flatMap((chunk) => chunk.css ?? [])].find(
      (candidate) => path.endsWith(`/${candidate}`),
    )
    if (!file) continue // favicon-like links are not JS/CSS; unknown scripts would be external
    htmlFiles.add(file)
    if (fileToKey.has(file)) startKeys.push(fileToKey.get(file))
  }
  if (startKeys.length === 0) throw new Error('dist/index.html references no chunk from the manifest.')
  for (const source of FIRST_PAGE_ROUTE_SOURCES) if (manifest[source]?.isDynamicEntry) startKeys.push(source)
  const textKeys = Object.keys(manifest).filter((key) => FIRST_PAGE_TEXT_SOURCE.test(key))
  const textSize = (key) => measure(join(distDir, manifest[key].file)).gzip
  const biggestText = textKeys.sort((a, b) => textSize(b) - textSize(a))[0]
  if (biggestText) startKeys.push(biggestText)

  const firstKeys = staticClosure(manifest, startKeys)
  const firstFiles = new Set([...filesOf(manifest, firstKeys), ...htmlFiles])
  const firstPage = describe(distDir, manifest, firstFiles)

  const lazy = Object.entries(manifest)
    .filter(([key, chunk]) => chunk.isDynamicEntry && !firstKeys.has(key))
    .map(([key, chunk]) => {
      const own = describe(distDir, manifest, filesOf(manifest, [key]))
      const extraFiles = [...filesOf(manifest, staticClosure(manifest, [key]))].filter(
        (file) => !firstFiles.has(file),
      )
      const extra = describe(distDir, manifest, new Set(extraFiles))
      return {
        source: chunk.src ?? key,
        file: chunk.file,
        own: own.totals,
        extra: extra.totals,
        extraFiles: extraFiles,
      }
    })
    .sort((a, b) => b.extra.js.gzip - a.extra.js.gzip)

  const jsGzip = firstPage.totals.js.gzip
  return {
    unit: 'bytes (kB in tables = 1000 bytes); gzip = zlib level 9; brotli = quality 11',
    firstPage,
    lazy,
    budget: {
      firstPageJsGzip: FIRST_PAGE_JS_GZIP_BUDGET,
      actual: jsGzip,
      ok: jsGzip <= FIRST_PAGE_JS_GZIP_BUDGET,
    },
  }
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`

function table(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)))
  return rows
    .map((row) =>
      row
        .map((cell, column) =>
          column === 0 ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]),
        )
        .join('  '),
    )
    .join('\n')
}

export function formatBundleTable(report) {
  const head = ['', 'raw', 'gzip', 'brotli']
  const size = (t) => [kB(t.raw), kB(t.gzip), kB(t.brotli)]
  const first = [
    head,
    ...report.firstPage.files.map((row) => [`  ${row.label}`, kB(row.raw), kB(row.gzip), kB(row.brotli)]),
  ]
  first.push(['first page JS total', ...size(report.firstPage.totals.js)])
  if (report.firstPage.totals.css.raw > 0)
    first.push(['first page CSS total', ...size(report.firstPage.totals.css)])
  const lazy = [
    ['lazy chunk (source module)', 'own gzip', 'extra JS gzip', 'extra brotli'],
    ...report.lazy.map((chunk) => [
      `  ${chunk.source}`,
      kB(chunk.own.js.gzip + chunk.own.css.gzip),
      kB(chunk.extra.js.gzip + chunk.extra.css.gzip),
      kB(chunk.extra.js.brotli + chunk.extra.css.brotli),
    ]),
  ]
  return [
    'First page (/contacts): entry + static imports (kB = 1000 bytes)',
    table(first),
    '',
    'Lazy chunks ("extra" = what opening it downloads beyond the first page, shared chunks included)',
    table(lazy),
  ].join('\n')
}

function main() {
  const distDir = resolve(process.argv[2] ?? join(projectRoot, 'dist'))
  const report = analyzeBundle(distDir)
  console.log(formatBundleTable(report))
  const { actual, firstPageJsGzip } = report.budget
  if (!report.budget.ok) {
    const biggest = report.firstPage.files
      .filter((row) => row.kind === 'js')
      .slice(0, 5)
      .map((row) => `  ${kB(row.gzip).padStart(9)}  ${row.label}  (${row.file})`)
    console.error(
      [
        '',
        `BUNDLE BUDGET EXCEEDED: first-page JavaScript is ${kB(actual)} gzip, the budget is ${kB(firstPageJsGzip)} (1 kB = 1000 bytes, zlib level 9).`,
        'Biggest first-page chunks:',
        ...biggest,
        'Load what the list does not need with a dynamic import(); `node bench/analyze-modules.mjs` shows which modules fill each chunk.',
      ].join('\n'),
    )
    process.exit(1)
  }
  console.log(
    `\nBundle budget ok: first-page JavaScript ${kB(actual)} gzip of ${kB(firstPageJsGzip)} allowed.`,
  )
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    main()
  } catch (error) {
    console.error(`check-bundle-budget: ${error instanceof Error ? error.message : error}`)
    process.exit(1)
  }
}
