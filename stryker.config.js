// @ts-check
/**
 * Mutation testing over the answer path: `npm run test:mutation` (not part of `npm test`).
 * See docs/testing.md for the score, the reviewed survivors and why some are equivalent.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner'],
  mutate: [
    'data/**/*.ts',
    'src/lookup/**/*.ts',
    'src/render/**/*.ts',
    'src/command-kit/**/*.ts',
    'commands/**/*.ts',
    'src/core/**/*.ts',
  ],
  coverageAnalysis: 'perTest',
  // The machine is shared; two workers keep it usable for others.
  concurrency: 2,
  // Static mutants (module-level tables, the data) re-run every test each; see docs/testing.md.
  ignoreStatic: true,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
  thresholds: { high: 90, low: 85, break: 85 },
  timeoutMS: 10_000,
};
