// Mutation testing of the modules that hold rules (docs/testing.md): `npm run test:mutation`.
// Not part of `npm test` or CI: a full run takes half an hour on two cores; the incremental file makes a
// rerun test only the mutants whose code or tests changed.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  coverageAnalysis: 'perTest',
  mutate: [
    // the nine modules of issue 23
    'src/features/contacts/export/csv.ts',
    'src/lib/filter.ts',
    'src/features/contacts/list/list-url-state.ts',
    'src/features/contacts/form/contact-diff.ts',
    'src/features/contacts/detail/vcard.ts',
    'src/features/contacts/detail/postal-address.ts',
    'src/lib/api-client.ts',
    'src/lib/config.ts',
    'src/lib/format.ts',
    // further rules: error texts, drafts, the filter draft, the CSV columns
    'src/lib/error-text.ts',
    'src/features/contacts/form/draft-storage.ts',
    'src/features/contacts/form/draft-values.ts',
    'src/features/contacts/list/filter-draft.ts',
    'src/features/contacts/export/contact-csv.ts',
  ],
  reporters: ['html', 'clear-text', 'progress', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  tempDirName: 'reports/.stryker-tmp',
  concurrency: 2,
  thresholds: { high: 90, low: 85, break: 85 },
}
