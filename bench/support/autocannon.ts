import { join } from 'node:path';
import { spawnCommand } from './child-process.js';
import { REPO_ROOT } from './machine.js';
import type { SignedRequest } from '../../fixtures/ed25519-signer.js';

/**
 * One autocannon run as a separate process (bench/children/load-client.js, pinned with taskset
 * to its own core) so the load generator never competes with the server for a CPU, and reports
 * its own CPU time. Bounded by the duration and by a kill timer.
 */
export interface LoadOptions {
  readonly url: string;
  readonly request: SignedRequest;
  readonly connections: number;
  readonly durationSeconds: number;
  /** Hold this many requests/s across all connections (autocannon -R); unset means flat out. */
  readonly overallRate?: number | undefined;
  readonly cpu: number;
}

export interface LoadResult {
  readonly requestsPerSecond: number;
  readonly requests: number;
  /** autocannon records whole milliseconds. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
  /** CPU seconds the load generator itself used during the run. */
  readonly cpuSeconds: number;
  /** Wall-clock seconds of the run, as the load generator measured it. */
  readonly wallSeconds: number;
}

const CLIENT = join(REPO_ROOT, 'bench', 'children', 'load-client.js');

function numberField(json: Record<string, unknown>, key: keyof LoadResult): number {
  const value = json[key];
  return typeof value === 'number' ? value : Number.NaN;
}

export async function runAutocannon(options: LoadOptions): Promise<LoadResult> {
  const settings = {
    url: options.url,
    body: options.request.body,
    headers: options.request.headers,
    connections: options.connections,
    durationSeconds: options.durationSeconds,
    overallRate: options.overallRate === undefined ? undefined : Math.round(options.overallRate),
  };
  const child = spawnCommand(process.execPath, [CLIENT, JSON.stringify(settings)], options.cpu);
  const killer = setTimeout(() => void child.stop(), (options.durationSeconds + 30) * 1000);
  const code = await child.exited;
  clearTimeout(killer);
  const output = child.output();
  const start = output.indexOf('{"');
  if (code !== 0 || start === -1) {
    throw new Error(`autocannon failed (exit ${String(code)}): ${output.slice(-1000)}`);
  }
  const json = JSON.parse(output.slice(start)) as Record<string, unknown>;
  const pick = (key: keyof LoadResult) => numberField(json, key);
  return {
    requestsPerSecond: pick('requestsPerSecond'),
    requests: pick('requests'),
    p50Ms: pick('p50Ms'),
    p99Ms: pick('p99Ms'),
    ok: pick('ok'),
    non2xx: pick('non2xx'),
    errors: pick('errors'),
    cpuSeconds: pick('cpuSeconds'),
    wallSeconds: pick('wallSeconds'),
  };
}
