// @ts-check
/**
 * How every bundle of our code is built (scripts/build.js for dist/, the bench for its own
 * servers): our code in, packages left as imports from node_modules, Node 20 ESM.
 * @type {import('esbuild').BuildOptions}
 */
export const NODE_BUNDLE_OPTIONS = {
  bundle: true,
  packages: 'external',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: 'linked',
  sourcesContent: false,
  logLevel: 'warning',
};
