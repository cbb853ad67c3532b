/// <reference types="vitest/config" />
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { kanbertEmulatorPlugin } from './src/emulator/adapters/vite-plugin'
import { APP_ENTRY, BOOT_ENTRY, bootEntryPlugin } from './src/boot/boot-entry-plugin'
import { compileHintPlugin } from './src/boot/compile-hint-plugin'

/** BASE_PATH (build time) is the URL prefix the app is served under, e.g. /crm/contacts/. */
function basePath(): string {
  const raw = process.env.BASE_PATH ?? '/'
  const withLeading = raw.startsWith('/') ? raw : `/${raw}`
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`
}

export default defineConfig({
  base: basePath(),
  plugins: [react(), kanbertEmulatorPlugin(), bootEntryPlugin(), compileHintPlugin()],
  server: { port: 5173, strictPort: true },
  preview: { port: 4173, strictPort: true },
  // The SSO proxy replaces the placeholder with a per-request nonce (docs/deploy.md); Vite puts it on its
  // tags and in <meta property="csp-nonce">, where the Emotion cache reads it.
  html: { cspNonce: '__CSP_NONCE__' },
  // The manifest lets scripts/check-bundle-budget.mjs follow exactly what the first page loads.
  build: {
    // Maps for developers (bench, error triage) without a sourceMappingURL in the served files;
    // docs/deploy.md leaves them out of the deployed files, and the nginx template answers 404.
    sourcemap: 'hidden',
    // A lazy chunk's own imports are found when it arrives instead of being announced by <link> tags the
    // loader adds at import time: those DOM writes held up the first rows (docs/performance.md).
    modulePreload: false,
    target: 'es2022',
    // Terser compresses the first page a little better than the default oxc minifier, which counts under
    // the first-page budget (docs/performance.md); it costs some seconds of build time.
    minify: 'terser',
    terserOptions: { compress: { passes: 2 }, format: { comments: false } },
    // The first page is deliberately one large chunk; the budget check guards its size.
    chunkSizeWarningLimit: 700,
    manifest: true,
    rolldownOptions: {
      input: { index: 'index.html', app: APP_ENTRY },
      output: {
        codeSplitting: {
          // Everything the first page needs in one chunk: separately compressed chunks repeat what gzip
          // would share, and it is one request instead of many. Only modules the entry needs statically ($initial) join it;
          // lazy screens keep their own chunks. Inside the chunk, modules run in import order, so
          // src/lib/zod-config.ts (main.tsx's first import) sets zod's `jitless` before any schema exists
          // (zod's `new Function` probe would break the strict CSP otherwise).
          groups: [
            // index.html's script, the boot module, and what it imports (the app imports those from it
            // too). Not the app: the boot module imports it dynamically, once the first requests are sent.
            {
              name: 'boot',
              test: (id) => id.includes(BOOT_ENTRY) || /\/index\.html($|\?)/.test(id),
              priority: 2,
            },
            {
              name: 'first-page',
              test: /./,
              tags: ['$initial'],
            },
          ],
        },
      },
    },
  },
  test: {
    globals: true,
    environment: 'jsdom',
    environmentOptions: { jsdom: { url: 'http://localhost/' } },
    setupFiles: ['./test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    testTimeout: 15000,
    // .ci/run sets TEST_REPORT_DIR to collect pass/fail counts; `npm test` alone prints the default report.
    reporters: process.env.TEST_REPORT_DIR ? ['default', 'json'] : ['default'],
    ...(process.env.TEST_REPORT_DIR
      ? { outputFile: { json: `${process.env.TEST_REPORT_DIR}/unit.json` } }
      : {}),
  },
})
