/**
 * The lint rule for import direction (eslint.config.js) flags upward imports and imports of the emulator:
 * its own blocks, run on code that breaks each rule, without the (slow) type-aware rest of the config.
 */
import { ESLint, type Linter } from 'eslint'
import tseslint from 'typescript-eslint'

function isImportDirectionBlock(block: unknown): block is Linter.Config {
  if (typeof block !== 'object' || block === null || !('rules' in block)) return false
  const { rules } = block
  return typeof rules === 'object' && rules !== null && 'import-x/no-restricted-paths' in rules
}

async function importDirectionBlocks(): Promise<Linter.Config[]> {
  const configPath = '../eslint.config.js' // a plain JS module without types
  const loaded: unknown = await import(/* @vite-ignore */ configPath)
  if (
    typeof loaded !== 'object' ||
    loaded === null ||
    !('default' in loaded) ||
    !Array.isArray(loaded.default)
  )
    throw new Error('eslint.config.js exports no config array')
  const blocks: unknown[] = loaded.default
  return blocks.filter(isImportDirectionBlock)
}

async function lintAs(filePath: string, code: string): Promise<string[]> {
  const blocks = await importDirectionBlocks()
  const eslint = new ESLint({
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...blocks],
  })
  const [result] = await eslint.lintText(code, { filePath })
  return (result?.messages ?? []).map((message) => `${message.ruleId ?? ''}: ${message.message}`)
}

test('flags lib importing a feature, and a feature importing the app shell', async () => {
  expect(
    await lintAs(
      'src/lib/probe.ts',
      "export { ContactListPage } from '../features/contacts/list/contact-list-page'\n",
    ),
  ).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: .*lib knows no UI above it/)])
  expect(
    await lintAs(
      'src/features/contacts/list/probe.ts',
      "export { AppShell } from '../../../app/layout/app-shell'\n",
    ),
  ).toEqual([expect.stringMatching(/features know nothing of the app shell/)])
}, 60_000)

test('the app may not import the emulator; a test may', async () => {
  const code = "export { createEmulator } from '../../../emulator/core/emulator'\n"
  expect(await lintAs('src/features/contacts/list/probe.ts', code)).toEqual([
    expect.stringMatching(/the app reaches the emulator only over HTTP/),
  ])
  expect(await lintAs('src/features/contacts/list/probe.test.ts', code)).toEqual([])
}, 60_000)

test('allows the downward direction', async () => {
  expect(
    await lintAs('src/features/contacts/list/probe.ts', "export { formatDate } from '../../../lib/format'\n"),
  ).toEqual([])
}, 60_000)
