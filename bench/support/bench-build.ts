import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, stop } from 'esbuild';
import { NODE_BUNDLE_OPTIONS } from '../../scripts/esbuild-options.js';
import { REPO_ROOT } from './machine.js';

/**
 * The bench measures what production runs: `npm run build`'s dist/ (built first when stale), and
 * the bench's own servers bundled the same way into dist/bench/, so the project, the peer and the
 * ceiling all run as plain `node <file>.js` with no TypeScript loader in their memory or start-up.
 */
const BENCH_ENTRIES = [
  'bench/children/bare-login.ts',
  'bench/servers/ceiling-node.ts',
  'bench/servers/peer-express.js',
  'bench/servers/project-server.ts',
];

export const BUILT = {
  bareLogin: 'dist/bench/children/bare-login.js',
  ceiling: 'dist/bench/servers/ceiling-node.js',
  peer: 'dist/bench/servers/peer-express.js',
  projectServer: 'dist/bench/servers/project-server.js',
} as const;

let building: Promise<void> | undefined;

function run(command: string, args: readonly string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: REPO_ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (errors += chunk));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited ${String(code)}: ${errors}`));
    });
  });
}

/** Builds dist/ if stale, then the bench servers; once per bench process, however many suites ask. */
export function ensureBenchBuild(): Promise<void> {
  building ??= (async () => {
    await run(process.execPath, [join(REPO_ROOT, 'scripts', 'build.js'), '--if-stale']);
    await build({
      absWorkingDir: REPO_ROOT,
      entryPoints: BENCH_ENTRIES,
      outdir: join(REPO_ROOT, 'dist', 'bench'),
      outbase: 'bench',
      ...NODE_BUNDLE_OPTIONS,
    });
    // esbuild's service process would otherwise keep the bench alive after its report.
    await stop();
  })();
  return building;
}

/**
 * The node arguments an npm script runs, e.g. `serve` -> ['--enable-source-maps',
 * 'dist/adapters/http/main.js'], read from package.json so the bench starts exactly what
 * `npm run <name>` starts (without npm's own process in between).
 */
export function npmScriptNodeArgs(name: string): string[] {
  const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as {
    scripts: Record<string, string>;
  };
  const [command, ...args] = (manifest.scripts[name] ?? '').split(/\s+/);
  if (command !== 'node') throw new Error(`npm script ${name} does not run node directly`);
  return args;
}
