#!/usr/bin/env node
/**
 * STUB until the performance work lands: measures only the bundle. Builds (unless --skip-build) and
 * prints the gzip size of every JS/CSS file in dist/assets, then writes bench/results.json.
 * Runtime measurements (list render, filtering, paging) are not implemented yet.
 */
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'

const root = fileURLToPath(new URL('..', import.meta.url))
const assetsDir = join(root, 'dist', 'assets')

console.log('bench: STUB — bundle sizes only; runtime benchmarks are not written yet.\n')

if (!process.argv.includes('--skip-build')) {
  const build = spawnSync(
    process.execPath,
    ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
  if (build.status !== 0) process.exit(build.status ?? 1)
}

const files = readdirSync(assetsDir)
  .filter((name) => /\.(js|css)$/.test(name))
  .map((name) => {
    const content = readFileSync(join(assetsDir, name))
    return { name, bytes: content.length, gzipBytes: gzipSync(content, { level: 9 }).length }
  })
  .sort((a, b) => b.gzipBytes - a.gzipBytes)

const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`
const width = Math.max(...files.map((file) => file.name.length), 10)
console.log(`${'file'.padEnd(width)}  ${'raw'.padStart(10)}  ${'gzip'.padStart(10)}`)
for (const file of files) {
  console.log(
    `${file.name.padEnd(width)}  ${kB(file.bytes).padStart(10)}  ${kB(file.gzipBytes).padStart(10)}`,
  )
}
const total = (key) => files.reduce((sum, file) => sum + file[key], 0)
console.log(
  `${'total'.padEnd(width)}  ${kB(total('bytes')).padStart(10)}  ${kB(total('gzipBytes')).padStart(10)}`,
)

writeFileSync(
  join(root, 'bench', 'results.json'),
  `${JSON.stringify({ kind: 'bundle-size-stub', measuredAt: new Date().toISOString(), files }, null, 2)}\n`,
)
