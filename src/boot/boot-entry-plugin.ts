/**
 * The built index.html loads the boot module (src/boot/), which starts the first requests and then imports
 * the app's entry. The app's chunk must not wait for that: this plugin adds a modulepreload link for it,
 * so it downloads (and compiles) beside the boot chunk and config.json, and evaluates only when imported.
 * The app's entry is a build input of its own (vite.config.ts), so its static imports stay the first page.
 */
import type { Plugin } from 'vite'

export const BOOT_ENTRY = 'src/boot/early-requests.ts'
export const APP_ENTRY = 'src/main.tsx'

export function bootEntryPlugin(): Plugin {
  let base = '/'
  return {
    name: 'kanbert-boot-entry',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const app = Object.values(bundle).find(
          (chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.facadeModuleId?.endsWith(APP_ENTRY),
        )
        const html = bundle['index.html']
        if (!app || html?.type !== 'asset' || typeof html.source !== 'string')
          throw new Error(`${APP_ENTRY}: no app chunk or index.html in the bundle`)
        const bootScript = /<script type="module" crossorigin src="[^"]+"( nonce="[^"]*")?><\/script>/
        const match = bootScript.exec(html.source)
        if (!match) throw new Error('index.html: the boot <script> was not found')
        const preload = `<link rel="modulepreload" crossorigin href="${base}${app.fileName}"${match[1] ?? ''}>`
        // async: it runs as soon as it has loaded, not after the rest of the document has been parsed.
        const boot = match[0].replace('<script type="module"', '<script type="module" async')
        html.source = html.source.replace(bootScript, `${preload}\n    ${boot}`)
      },
    },
  }
}
