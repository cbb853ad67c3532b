/**
 * Puts V8's explicit compile hint at the top of the app's chunk (the first page). Chromium then compiles
 * every function of it on a background thread while the chunk downloads, instead of one at a time on the
 * main thread when the first render calls it; nearly all of that chunk runs on the first load anyway
 * (docs/decisions.md). Lazy chunks are left to V8's lazy compilation.
 */
import type { Plugin } from 'vite'
import { APP_ENTRY } from './boot-entry-plugin'

export const COMPILE_HINT = '//# allFunctionsCalledOnLoad'

/** What this plugin reads and changes of Rollup's output bundle. */
type Output =
  | { type: 'chunk'; fileName: string; facadeModuleId: string | null; isEntry: boolean; code: string }
  | { type: 'asset'; source: string | Uint8Array }

/** A source map (JSON) of code that has moved down one line. */
function shiftedOneLine(map: string): string {
  const parsed: unknown = JSON.parse(map)
  if (typeof parsed !== 'object' || parsed === null || !('mappings' in parsed))
    throw new Error('compile hint: the app chunk’s source map has no mappings')
  return JSON.stringify({ ...parsed, mappings: `;${String(parsed.mappings)}` })
}

export function addCompileHint(bundle: Record<string, Output>): void {
  const app = Object.values(bundle).find(
    (output) => output.type === 'chunk' && output.isEntry && output.facadeModuleId?.endsWith(APP_ENTRY),
  )
  if (app?.type !== 'chunk') throw new Error(`${APP_ENTRY}: no app chunk in the bundle`)
  app.code = `${COMPILE_HINT}\n${app.code}`
  // Here the map is already an asset of its own.
  const map = bundle[`${app.fileName}.map`]
  if (map?.type === 'asset' && typeof map.source === 'string') map.source = shiftedOneLine(map.source)
}

export function compileHintPlugin(): Plugin {
  return {
    name: 'kanbert-compile-hint',
    apply: 'build',
    generateBundle: {
      // After minification, which would drop the comment.
      order: 'post',
      handler(_options, bundle) {
        addCompileHint(bundle)
      },
    },
  }
}
