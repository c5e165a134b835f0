import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * `npm run serve`'s entry (src/adapters/http/main.ts) as a child process, so a crash in the
 * endpoint is a dead process the soak can see, not an exception it might swallow.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const ENTRY = 'src/adapters/http/main.ts';
const OUTPUT_TAIL_CHARS = 4_000;

export interface ServeProcess {
  readonly port: number;
  readonly child: ChildProcess;
  /** Still running (no exit code, no signal). */
  alive(): boolean;
  /** The last few KB of stdout + stderr, for the report when something went wrong. */
  outputTail(): string;
  /** SIGTERM, then wait (bounded) for the exit; SIGKILL if it does not come. */
  stop(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** main.ts refuses PORT=0, so ask the OS for a free port first (a tiny race we accept locally). */
async function freePort(): Promise<number> {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        done(port);
      });
    });
  });
}

export async function startServeProcess(env: {
  readonly publicKeyHex: string;
  readonly applicationId: string;
  readonly readyTimeoutMs: number;
}): Promise<ServeProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY], {
    cwd: ROOT,
    env: {
      ...process.env,
      DISCORD_PUBLIC_KEY: env.publicKeyHex,
      DISCORD_APPLICATION_ID: env.applicationId,
      // Follow-ups (never needed: the core answers synchronously) would stay on this machine.
      DISCORD_API_BASE: 'http://127.0.0.1:9/api',
      HOST: '127.0.0.1',
      PORT: String(port),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const collect = (chunk: string): void => {
    output = (output + chunk).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout.setEncoding('utf8').on('data', collect);
  child.stderr.setEncoding('utf8').on('data', collect);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => {
    child.once('exit', (code, signal) => {
      done({ code, signal });
    });
  });
  const alive = (): boolean => child.exitCode === null && child.signalCode === null;

  const process_: ServeProcess = {
    port,
    child,
    alive,
    outputTail: () => output,
    async stop(timeoutMs) {
      if (alive()) child.kill('SIGTERM');
      const timedOut = Symbol('timeout');
      // Unref'd: once the child has exited, this timer must not hold the soak open.
      const result = await Promise.race([exited, sleep(timeoutMs, timedOut, { ref: false })]);
      if (result !== timedOut) return result;
      child.kill('SIGKILL');
      return exited;
    },
  };

  // Ready when /healthz answers; bounded so a broken entry fails the soak instead of hanging it.
  const deadline = Date.now() + env.readyTimeoutMs;
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`the HTTP endpoint exited during startup:\n${output}`);
    const status = await fetch(`http://127.0.0.1:${port}/healthz`).then(
      (response) => response.status,
      () => 0,
    );
    if (status === 200) return process_;
    await sleep(100);
  }
  await process_.stop(2_000);
  throw new Error(
    `the HTTP endpoint did not become healthy in ${env.readyTimeoutMs} ms:\n${output}`,
  );
}
