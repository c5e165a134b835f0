import type { Ed25519Pair } from '../../fixtures/ed25519-signer.js';
import { npmScriptNodeArgs } from './bench-build.js';
import { spawnCommand, type BenchChild } from './child-process.js';
import { freePort } from './free-port.js';

export const BENCH_APPLICATION_ID = '400000000000000004';

export interface BuiltServe {
  readonly child: BenchChild;
  readonly url: string;
}

/**
 * Starts `npm run serve`'s exact command (built JavaScript, after ensureBenchBuild()) on a free
 * port of 127.0.0.1, pinned to `cpu`; resolves once it logs that it listens. Every setting the
 * endpoint reads is given, so a developer's shell or .env cannot change what is measured.
 */
export async function startBuiltServe(
  keys: Ed25519Pair,
  cpu: number | undefined,
  env: Readonly<Record<string, string>> = {},
): Promise<BuiltServe> {
  const port = await freePort();
  const child = spawnCommand(process.execPath, npmScriptNodeArgs('serve'), cpu, {
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: BENCH_APPLICATION_ID,
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'info',
    ...env,
  });
  await child.waitForOutput(/HTTP interactions endpoint listening/, 20_000);
  return { child, url: `http://127.0.0.1:${port}/interactions` };
}
