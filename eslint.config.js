import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import testingLibrary from 'eslint-plugin-testing-library'
import pluginQuery from '@tanstack/eslint-plugin-query'
import globals from 'globals'
import { createNodeResolver, importX } from 'eslint-plugin-import-x'

/** Files only tests import: they may reach into the emulator to set up and inspect its state. */
const testOnlyFiles = [
  'src/**/*.test.{ts,tsx}',
  'src/**/*.fixtures.ts',
  'src/**/*-test-helpers.{ts,tsx}',
  'src/**/*-test-utils.ts',
  'src/emulator/core/test-helpers.ts',
]

/** A zone of import-x/no-restricted-paths: files under `target` may not import from `from`. */
const zone = (target, from, message) => ({ target, from, message: `Import direction: ${message}.` })
const layerZones = [
  zone('src/features', ['src/app'], 'features know nothing of the app shell'),
  zone('src/components', ['src/app', 'src/features'], 'shared components know no feature'),
  zone('src/lib', ['src/app', 'src/features', 'src/components'], 'lib knows no UI above it'),
  zone(
    ['src/api', 'src/contract'],
    ['src/app', 'src/features', 'src/components', 'src/lib'],
    'the API schemas and contract are the bottom layer',
  ),
  zone(
    'src/emulator',
    ['src/app', 'src/features', 'src/components', 'src/lib'],
    'the emulator core stays framework-free',
  ),
]
const emulatorZone = zone(
  ['src/app', 'src/features', 'src/components', 'src/lib', 'src/api', 'src/contract', 'src/main.tsx'],
  ['src/emulator'],
  'the app reaches the emulator only over HTTP (its adapters, tests and dev tooling import it)',
)

/** The browser suites on @playwright/test and their config (docs/testing.md). */
const PLAYWRIGHT_FILES = [
  'playwright.config.ts',
  'test/playwright/**',
  'test/e2e/**',
  'test/proxy/!(*.test).ts',
]

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'coverage',
      'bench/results.json',
      '.emulator-data',
      'reports',
      'test-results',
      'playwright-report',
    ],
  },
  {
    files: ['**/*.{js,mjs}'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      ...tseslint.configs.strictTypeChecked,
      ...tseslint.configs.stylisticTypeChecked,
      ...pluginQuery.configs['flat/recommended'],
    ],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser },
    },
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // The contact table lays out its rows as grids (contact-table.tsx); browsers may drop a table's
      // semantics when its parts are not displayed as table parts, so it states them as roles.
      'jsx-a11y/no-redundant-roles': [
        'error',
        { table: ['table'], thead: ['rowgroup'], tbody: ['rowgroup'], tr: ['row'], th: ['columnheader'] },
      ],
      'jsx-a11y/no-interactive-element-to-noninteractive-role': ['error', { td: ['cell'] }],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-confusing-void-expression': 'off',
      '@typescript-eslint/consistent-type-definitions': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'JSXAttribute[name.name="dangerouslySetInnerHTML"]',
          message: 'Render API data as text.',
        },
        { selector: 'JSXAttribute[name.name="data-testid"]', message: 'Query by role and label.' },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'test/**/*.{ts,tsx}'],
    // Testing Library's rules are for jsdom tests; the browser suites run on Playwright, whose page API
    // they would misread (e.g. `page.getByRole` as a query destructured from `render`).
    ignores: PLAYWRIGHT_FILES,
    ...testingLibrary.configs['flat/react'],
  },
  // Import direction: app → features → components → lib → api/contract (tests included), and the emulator
  // only from its adapters, tests and dev tooling (docs/decisions.md, "Import direction enforced by lint").
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })] },
    rules: { 'import-x/no-restricted-paths': ['error', { zones: layerZones }] },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: testOnlyFiles,
    rules: { 'import-x/no-restricted-paths': ['error', { zones: [...layerZones, emulatorZone] }] },
  },
  {
    files: PLAYWRIGHT_FILES,
    rules: {
      // Playwright's fixtures are declared by destructuring, `async ({}, use) => …` when they need none.
      'no-empty-pattern': ['error', { allowObjectPatternsAsParameters: true }],
      // …and hand over with `await use(value)`, which is no React hook (these files hold no React).
      'react-hooks/rules-of-hooks': 'off',
    },
  },
)
