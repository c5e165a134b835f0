import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const WRANGLER = join(ROOT, 'node_modules', 'wrangler', 'bin', 'wrangler.js');

/**
 * What `npm run wrangler` sets, for runs that start wrangler directly: no telemetry or error
 * reports, no update check (it hides with the banner), no request.cf download, and wrangler's
 * config and logs under `stateDir` instead of the home folder.
 */
export function quietWranglerEnv(stateDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    WRANGLER_SEND_METRICS: 'false',
    WRANGLER_SEND_ERROR_REPORTS: 'false',
    WRANGLER_HIDE_BANNER: 'true',
    CLOUDFLARE_CF_FETCH_ENABLED: 'false',
    XDG_CONFIG_HOME: join(stateDir, 'config'),
    WRANGLER_LOG_PATH: join(stateDir, 'logs'),
  };
}

export interface BuiltWorker {
  readonly scriptPath: string;
  /** From wrangler.toml, so Miniflare runs the bundle as Cloudflare would. */
  readonly compatibilityDate: string;
}

/**
 * `wrangler deploy --dry-run` into `workDir/bundle`, as `npm run build:worker` does, so a test
 * always runs today's sources, never a stale bundle, and works on a fresh clone.
 */
export async function buildWorker(workDir: string): Promise<BuiltWorker> {
  const outDir = join(workDir, 'bundle');
  await promisify(execFile)(
    process.execPath,
    [WRANGLER, 'deploy', '--dry-run', '--outdir', outDir],
    { cwd: ROOT, env: quietWranglerEnv(join(workDir, 'wrangler')), timeout: 60_000 },
  );
  const toml = await readFile(join(ROOT, 'wrangler.toml'), 'utf8');
  const compatibilityDate = /^compatibility_date\s*=\s*"([\d-]+)"/m.exec(toml)?.[1];
  if (compatibilityDate === undefined) throw new Error('wrangler.toml has no compatibility_date');
  return { scriptPath: join(outDir, 'worker.js'), compatibilityDate };
}
