// Deletes the dev/preview emulator's saved state so the next server start seeds afresh.
import { rmSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const file = resolve(root, '.emulator-data/contacts.json')
rmSync(file, { force: true })
rmSync(`${file}.tmp`, { force: true })
console.log(
  `Emulator state removed (${file}). Restart the dev server to re-seed, or POST <base>__emulator/reset.`,
)
