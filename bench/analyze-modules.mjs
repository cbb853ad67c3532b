#!/usr/bin/env node
/**
 * Which packages and source folders fill the first page? Use it when check-bundle-budget fails.
 *
 * Builds in memory (nothing is written to dist/) with a probe plugin that reads, for the chunks the first
 * page loads (the entry chunk and its static imports — what index.html preloads), each module's rendered
 * code after tree-shaking. Modules are grouped by npm package or source folder; each group's code is
 * minified (whitespace and names, no dead-code removal — the build already removed it) and gzipped (level
 * 9) together. That estimates what the group costs the first page; the sum lands near the real total.
 *
 * Usage: node bench/analyze-modules.mjs [--top N] [--modules] [--why TEXT]
 *   --modules   the biggest single modules
 *   --why TEXT  for first-page modules whose path contains TEXT: the static import chain from our code
 */
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
import { minifySync } from 'rolldown/experimental'
import { build } from 'vite'

const root = fileURLToPath(new URL('..', import.meta.url))
const topIndex = process.argv.indexOf('--top')
const top = topIndex === -1 ? 25 : Number(process.argv[topIndex + 1])
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`
const gzip = (code) => gzipSync(code, { level: 9 }).length
const minify = (code) => {
  const result = minifySync('group.js', code, { module: true, compress: false, mangle: { toplevel: true } })
  return result.errors.length === 0 ? result.code : code
}

/** Groups a module id: npm package name, or our source folder (src/features/contacts/list …). */
export function groupOf(id) {
  const clean = id.replace(/\0/g, '').replace(/\?.*$/, '')
  const nodeModules = clean.lastIndexOf('node_modules/')
  if (nodeModules !== -1) {
    const parts = clean.slice(nodeModules + 'node_modules/'.length).split('/')
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0]
  }
  const source = clean.indexOf('/src/')
  if (source !== -1)
    return (
      clean
        .slice(source + 1)
        .split('/')
        .slice(0, -1)
        .join('/') || 'src'
    )
  return 'other'
}

/** Chunks reachable from the entry by static imports. */
function firstPageChunks(chunks) {
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
  const seen = new Set()
  const visit = (file) => {
    if (seen.has(file) || !byFile.has(file)) return
    seen.add(file)
    byFile.get(file).imports.forEach(visit)
  }
  chunks.filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName))
  return [...seen].map((file) => byFile.get(file))
}

/** Records every module's static importers, for --why. */
const importers = new Map()
const importerProbe = {
  name: 'bundle-importer-probe',
  buildEnd() {
    for (const id of this.getModuleIds()) importers.set(id, this.getModuleInfo(id)?.importers ?? [])
  },
}

const result = await build({
  root,
  logLevel: 'error',
  build: { write: false, sourcemap: false },
  plugins: [importerProbe],
})
const chunks = (Array.isArray(result) ? result : [result])
  .flatMap((one) => one.output)
  .filter((out) => out.type === 'chunk')
const first = firstPageChunks(chunks)

const groups = new Map()
const modules = []
for (const chunk of first)
  for (const [id, info] of Object.entries(chunk.modules)) {
    const name = groupOf(id)
    const group = groups.get(name) ?? { modules: 0, code: [] }
    group.modules += 1
    group.code.push(info.code ?? '')
    groups.set(name, group)
    modules.push({ id, code: info.code ?? '' })
  }
for (const group of groups.values()) {
  group.min = minify(group.code.join('\n')).length
  group.gzip = gzip(minify(group.code.join('\n')))
}
const actual = first.reduce((sum, chunk) => sum + gzip(chunk.code), 0)
const estimated = [...groups.values()].reduce((sum, group) => sum + group.gzip, 0)

console.log(`First page: ${first.map((chunk) => chunk.fileName).join(', ')}`)
console.log(`Real first-page JS: ${kB(actual)} gzip; sum of the group estimates below: ${kB(estimated)}\n`)
console.log(
  `${'package / source folder'.padEnd(44)} ${'modules'.padStart(7)} ${'minified'.padStart(10)} ${'gzip'.padStart(9)}  share`,
)
for (const [name, group] of [...groups].sort((a, b) => b[1].gzip - a[1].gzip).slice(0, top))
  console.log(
    `${name.padEnd(44)} ${String(group.modules).padStart(7)} ${kB(group.min).padStart(10)} ${kB(group.gzip).padStart(9)}  ${((100 * group.gzip) / estimated).toFixed(1).padStart(5)} %`,
  )

if (process.argv.includes('--modules')) {
  console.log('\nBiggest first-page modules (minified alone, gzip alone):')
  const sized = modules.map((module) => ({ ...module, gzip: gzip(minify(module.code)) }))
  for (const module of sized.sort((a, b) => b.gzip - a.gzip).slice(0, top))
    console.log(`${kB(module.gzip).padStart(10)}  ${module.id.replace(root, '')}`)
}

const whyIndex = process.argv.indexOf('--why')
if (whyIndex !== -1) {
  const needle = process.argv[whyIndex + 1] ?? ''
  const firstIds = new Set(modules.map((module) => module.id))
  const ours = (id) => !id.includes('node_modules') && id.includes('/src/')
  /**
   * Shortest chain of importers from a module back to one of our first-page source files. Package
   * re-export files (index.mjs) may be missing from the chunks, so the chain may pass through any package
   * module, but only through our own files that are on the first page.
   */
  const chain = (id) => {
    const queue = [[id]]
    const seen = new Set([id])
    while (queue.length > 0) {
      const path = queue.shift()
      const head = path[path.length - 1]
      if (ours(head)) return path
      for (const next of importers.get(head) ?? [])
        if (!seen.has(next) && (!ours(next) || firstIds.has(next))) {
          seen.add(next)
          queue.push([...path, next])
        }
    }
    return [id, '(no chain to our code found)']
  }
  const matches = modules.filter((module) => module.id.includes(needle))
  console.log(
    `\nWhy are ${matches.length} first-page modules matching "${needle}" there? (module ← importer ← …)`,
  )
  const direct = new Set()
  for (const module of matches) {
    for (const importer of importers.get(module.id) ?? [])
      if (ours(importer) && firstIds.has(importer) && importer !== module.id)
        direct.add(importer.replace(root, ''))
  }
  if (direct.size > 0) console.log(`Imported directly by our code in:\n  ${[...direct].sort().join('\n  ')}`)
  for (const module of matches.slice(0, top))
    console.log(
      `  ${chain(module.id)
        .map((id) => id.replace(root, ''))
        .join('\n    ← ')}`,
    )
}
