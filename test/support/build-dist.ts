import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/**
 * Vitest global setup: the process tests run the built services, as `npm start` does, so dist/
 * must match the sources first. A no-op (a hash check) when it already does.
 */
export default function buildDist(): void {
  execFileSync(process.execPath, ['scripts/build.js', '--if-stale'], {
    cwd: resolve(import.meta.dirname, '../..'),
    stdio: 'inherit',
  });
}
