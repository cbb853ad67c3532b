/**
 * The boot module (src/boot/) as a script of its own in the built index.html, before the app's entry: it
 * then starts the first requests as soon as its small chunk has loaded, not after the app's large chunk
 * has been downloaded and evaluated. In development index.html's own <script> tag loads it.
 */
import type { Plugin } from 'vite'

export const BOOT_ENTRY = 'src/boot/early-requests.ts'
const BOOT_TAG = new RegExp(`\\s*<script type="module" src="/${BOOT_ENTRY.replaceAll('.', '\\.')}"></script>`)

export function bootEntryPlugin(): Plugin {
  let base = '/'
  return {
    name: 'kanbert-boot-entry',
    apply: 'build',
    configResolved(config) {
      base = config.base
    },
    transformIndexHtml: {
      order: 'pre',
      // Out of the app's entry: the build takes it as an input of its own (vite.config.ts).
      handler: (html) => html.replace(BOOT_TAG, ''),
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const boot = Object.values(bundle).find(
          (chunk) => chunk.type === 'chunk' && chunk.isEntry && chunk.facadeModuleId?.endsWith(BOOT_ENTRY),
        )
        const html = bundle['index.html']
        if (!boot || html?.type !== 'asset' || typeof html.source !== 'string')
          throw new Error(`${BOOT_ENTRY}: no boot chunk or index.html in the bundle`)
        const entryScript = /<script type="module" crossorigin src="[^"]+"( nonce="[^"]*")?><\/script>/
        const match = entryScript.exec(html.source)
        if (!match) throw new Error('index.html: the entry <script> was not found')
        const bootScript = `<script type="module" crossorigin src="${base}${boot.fileName}"${match[1] ?? ''}></script>`
        html.source = html.source.replace(entryScript, `${bootScript}\n    ${match[0]}`)
      },
    },
  }
}
