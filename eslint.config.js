import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import jsxA11y from 'eslint-plugin-jsx-a11y'
import testingLibrary from 'eslint-plugin-testing-library'
import pluginQuery from '@tanstack/eslint-plugin-query'
import globals from 'globals'

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
