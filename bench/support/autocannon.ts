import { join } from 'node:path';
import { spawnCommand } from './child-process.js';
import { REPO_ROOT } from './machine.js';
import type { SignedRequest } from '../../fixtures/ed25519-signer.js';

/**
 * One autocannon run as a separate process (the CLI, pinned with taskset to its own core) so the
 * load generator never competes with the server for a CPU. Bounded by `-d` and by a kill timer.
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
  /** autocannon records whole milliseconds. */
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly ok: number;
  readonly non2xx: number;
  readonly errors: number;
}

const CLI = join(REPO_ROOT, 'node_modules', 'autocannon', 'autocannon.js');

function numberAt(value: unknown, ...path: string[]): number {
  let current: unknown = value;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return Number.NaN;
    current = (current as Record<string, unknown>)[key];
  }
  return typeof current === 'number' ? current : Number.NaN;
}

export async function runAutocannon(options: LoadOptions): Promise<LoadResult> {
  const args = [
    CLI,
    '--json',
    '--no-progress',
    '-m',
    'POST',
    '-c',
    String(options.connections),
    '-d',
    String(options.durationSeconds),
    '-b',
    options.request.body,
    ...Object.entries(options.request.headers).flatMap(([name, value]) => [
      '-H',
      `${name}=${value}`,
    ]),
    ...(options.overallRate === undefined ? [] : ['-R', String(Math.round(options.overallRate))]),
    options.url,
  ];
  const child = spawnCommand(process.execPath, args, options.cpu);
  const killer = setTimeout(() => void child.stop(), (options.durationSeconds + 30) * 1000);
  const code = await child.exited;
  clearTimeout(killer);
  const output = child.output();
  const start = output.indexOf('{"');
  if (code !== 0 || start === -1) {
    throw new Error(`autocannon failed (exit ${String(code)}): ${output.slice(-1000)}`);
  }
  const json: unknown = JSON.parse(output.slice(start));
  return {
    requestsPerSecond: numberAt(json, 'requests', 'average'),
    p50Ms: numberAt(json, 'latency', 'p50'),
    p99Ms: numberAt(json, 'latency', 'p99'),
    ok: numberAt(json, '2xx'),
    non2xx: numberAt(json, 'non2xx'),
    errors: numberAt(json, 'errors') + numberAt(json, 'timeouts'),
  };
}
