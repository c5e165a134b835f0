import type { BuildOptions } from 'esbuild';

/** See esbuild-options.js. */
export declare const NODE_BUNDLE_OPTIONS: BuildOptions;
