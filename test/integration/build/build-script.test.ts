import { spawnSync } from 'node:child_process';
import { appendFile, cp, mkdtemp, readFile, rm, symlink } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../../fixtures/built-process.js';

/**
 * `npm start` runs `scripts/build.js --if-stale` first. Exercised on a copy of the repository, so
 * editing a source here never races the other tests' dist/.
 */
let copy = '';

/** Runs the build in the copy; returns what it reported (nothing when it skipped). */
function build(...args: string[]): string {
  const result = spawnSync(process.execPath, ['scripts/build.js', ...args], {
    cwd: copy,
    encoding: 'utf8',
  });
  expect(result.status, result.stderr).toBe(0);
  return result.stderr;
}

beforeAll(async () => {
  copy = await mkdtemp(join(tmpdir(), 'rocky-build-'));
  for (const entry of ['scripts', 'src', 'commands', 'data', 'package.json', 'tsconfig.json'])
    await cp(join(ROOT, entry), join(copy, entry), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(copy, 'node_modules'));
});
afterAll(async () => {
  await rm(copy, { recursive: true, force: true });
});

describe('the build that runs before npm start', { timeout: 60_000 }, () => {
  it('given no dist/, then it builds every entry point', async () => {
    expect(build('--if-stale')).toMatch(/^Built dist\/ in \d+ ms/);
    for (const entry of ['main', 'adapters/http/main', 'adapters/gateway/sharded-main'])
      expect(await readFile(join(copy, 'dist', `${entry}.js`), 'utf8')).toMatch(/^import /m);
  });

  it('given nothing changed, then it skips; given any bundled source changed, then it rebuilds with the change', async () => {
    build('--if-stale');
    expect(build('--if-stale')).toBe('');

    // A file only reached through imports (data/ is bundled into each entry point).
    await appendFile(join(copy, 'data/montages.ts'), '\nexport const STALE_CHECK_MARKER = 1;\n');
    expect(build('--if-stale')).toMatch(/^Built/);
    expect(build('--if-stale')).toBe('');

    await appendFile(join(copy, 'src/adapters/http/main.ts'), "\nconsole.log('rebuilt marker');\n");
    expect(build('--if-stale')).toMatch(/^Built/);
    expect(await readFile(join(copy, 'dist/adapters/http/main.js'), 'utf8')).toContain(
      'rebuilt marker',
    );
  });

  it('given a config the output depends on changed, then it rebuilds', async () => {
    build('--if-stale');
    await appendFile(join(copy, 'tsconfig.json'), '\n');
    expect(build('--if-stale')).toMatch(/^Built/);
  });
});
