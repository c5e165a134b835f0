import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { runDeployCli } from '../../../src/deploy/deploy-cli.js';
import type { LocalDiscord } from '../../../src/local-discord/local-discord.js';
import { COMMANDS } from '../../../commands/index.js';

export interface DeployRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The variables the deploy reads, pointed at the stand-in. DISCORD_GUILD_ID is always present
 * (empty means unset) so a developer's .env can never switch a global test to a guild.
 */
export function standInEnv(
  discord: LocalDiscord,
  overrides: Readonly<Record<string, string>> = {},
): Record<string, string> {
  return {
    DISCORD_TOKEN: discord.token,
    DISCORD_APPLICATION_ID: discord.applicationId,
    DISCORD_API_BASE: discord.restBaseUrl,
    DISCORD_GUILD_ID: '',
    LOG_LEVEL: 'silent',
    ...overrides,
  };
}

/** `npm run deploy` in-process: same code path as main.ts, output captured. */
export async function runDeploy(
  env: Readonly<Record<string, string>>,
  argv: readonly string[] = [],
): Promise<DeployRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runDeployCli({
    commands: COMMANDS,
    argv,
    env,
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  });
  return { code, stdout: stdout.join('\n'), stderr: stderr.join('\n') };
}

const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The real CLI as a separate node process, exactly as `npm run deploy` starts it. */
export function spawnDeploy(
  env: Readonly<Record<string, string>>,
  argv: readonly string[] = [],
): Promise<DeployRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/deploy/main.ts', ...argv], {
    // Only PATH from our environment: the child must not see a developer's DISCORD_* values.
    env: { PATH: process.env.PATH ?? '', ...env },
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      resolve({ code: code ?? -1, stdout, stderr });
    });
  });
}

/** A port nothing listens on: bind one, note it, close it. */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => {
    server.close(() => {
      resolve();
    });
  });
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}
