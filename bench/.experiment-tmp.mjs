// Temporary: measures first-page gzip with some modules stubbed out (what-if for the lead). Deleted after use.
import { build } from 'vite'
import { gzipSync } from 'node:zlib'
import { fileURLToPath } from 'node:url'
const root = fileURLToPath(new URL('..', import.meta.url))
const gz = (c) => gzipSync(c, { level: 9 }).length
function first(chunks) {
  const by = new Map(chunks.map((c) => [c.fileName, c])); const seen = new Set()
  const visit = (f) => { if (seen.has(f) || !by.has(f)) return; seen.add(f); by.get(f).imports.forEach(visit) }
  chunks.filter((c) => c.isEntry).forEach((c) => visit(c.fileName))
  return [...seen].map((f) => by.get(f))
}
async function measure(name, stubs) {
  const plugin = {
    name: 'stub', enforce: 'pre',
    async resolveId(source, importer) {
      for (const [pattern, code] of stubs) if (pattern.test(source)) return `\0stub:${source}`
      return null
    },
    load(id) {
      if (!id.startsWith('\0stub:')) return null
      const source = id.slice(6)
      for (const [pattern, code] of stubs) if (pattern.test(source)) return code
    },
  }
  const res = await build({ root, logLevel: 'silent', build: { write: false, sourcemap: false }, plugins: [plugin] })
  const chunks = (Array.isArray(res) ? res : [res]).flatMap((r) => r.output).filter((o) => o.type === 'chunk')
  const total = first(chunks).reduce((s, c) => s + gz(c.code), 0)
  console.log(name.padEnd(60), (total / 1000).toFixed(1), 'kB')
  return total
}
const passthrough = `export default function Stub(props) { return props.children ?? null }`
const emptyJson = `export default {}`
const nullComponent = (names) => names.map((n) => `export function ${n}() { return null }`).join('\n')
await measure('baseline', [])
await measure('A: no MUI Tooltip (passthrough)', [[/^@mui\/material\/Tooltip$/, passthrough]])
await measure('B: only en list/common locales eager (de + en detail/form stubbed)', [[/locales\/de\/|locales\/en\/(detail|form)/, emptyJson]])
await measure('C: bulk dialog + archive dialog lazy (stubbed)', [[/\/bulk-dialog$|\/archive-restore-dialog$/, nullComponent(['BulkDialog', 'ArchiveRestoreDialog'])]])
await measure('A+B+C', [[/^@mui\/material\/Tooltip$/, passthrough], [/locales\/de\/|locales\/en\/(detail|form)/, emptyJson], [/\/bulk-dialog$|\/archive-restore-dialog$/, nullComponent(['BulkDialog', 'ArchiveRestoreDialog'])]])
