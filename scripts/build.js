// @ts-check
/**
 * `npm run build`: bundles each entry point to dist/ with esbuild (our code in, packages left as
 * imports from node_modules), so every service runs as plain `node dist/...`.
 *
 * `--if-stale` (the `pre*` scripts): skip the build when dist/ was built from exactly the current
 * sources. The stamp holds a hash of every file esbuild read, plus this script and the configs,
 * so any change to any of them rebuilds; a new import always changes an existing file.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_BUNDLE_OPTIONS } from './esbuild-options.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUT = join(ROOT, 'dist');
const STAMP = join(OUT, 'build-inputs.json');

/** Everything `npm start`, `serve`, `deploy`, `console` and `start:sharded` run. */
const ENTRY_POINTS = [
  'src/main.ts',
  'src/adapters/http/main.ts',
  'src/adapters/gateway/sharded-main.ts',
  'src/adapters/console/main.ts',
  'src/deploy/main.ts',
  'src/adapters/web/build-site-main.ts',
];
/** Files that change the output without being bundled. */
const CONFIG_INPUTS = [
  'scripts/build.js',
  'scripts/esbuild-options.js',
  'package.json',
  'tsconfig.json',
];

/** @param {readonly string[]} files */
async function hashFiles(files) {
  /** @type {Record<string, string>} */
  const hashes = {};
  await Promise.all(
    files.map(async (file) => {
      const content = await readFile(join(ROOT, file));
      hashes[file] = createHash('sha256').update(content).digest('hex');
    }),
  );
  return hashes;
}

async function isFresh() {
  /** @type {Record<string, string>} */
  let recorded;
  try {
    recorded = JSON.parse(await readFile(STAMP, 'utf8')).inputs;
  } catch {
    return false; // no dist/ yet, or an interrupted build
  }
  const files = Object.keys(recorded);
  if (!CONFIG_INPUTS.every((file) => files.includes(file))) return false;
  try {
    const current = await hashFiles(files);
    return files.every((file) => current[file] === recorded[file]);
  } catch {
    return false; // a source was deleted or renamed
  }
}

async function build() {
  // Imported only when building, so the fresh check stays quick.
  const esbuild = await import('esbuild');
  await rm(OUT, { recursive: true, force: true });
  const result = await esbuild.build({
    absWorkingDir: ROOT,
    entryPoints: ENTRY_POINTS,
    outdir: OUT,
    outbase: 'src',
    ...NODE_BUNDLE_OPTIONS,
    metafile: true,
  });
  const sources = Object.keys(result.metafile.inputs).map((file) =>
    relative(ROOT, join(ROOT, file)),
  );
  await mkdir(OUT, { recursive: true });
  const inputs = await hashFiles([...new Set([...sources, ...CONFIG_INPUTS])].sort());
  await writeFile(STAMP, `${JSON.stringify({ inputs }, null, 2)}\n`);
}

const started = performance.now();
if (process.argv.includes('--if-stale') && (await isFresh())) process.exit(0);
await build();
process.stderr.write(`Built dist/ in ${Math.round(performance.now() - started)} ms\n`);
