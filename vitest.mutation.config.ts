import { defineConfig } from 'vitest/config';

/**
 * The fast, in-process tests that cover the answer path, for `npm run test:mutation`. No
 * globalSetup: nothing here runs the built services, so dist/ is not needed. Process, e2e,
 * browser and bench tests would cost minutes per mutant and only re-test the same core.
 */
export default defineConfig({
  test: {
    include: [
      'test/unit/**/*.test.ts',
      'test/contract/**/*.test.ts',
      'test/eval/**/*.test.ts',
      'test/architecture/**/*.test.ts',
    ],
    testTimeout: 20_000,
  },
});
