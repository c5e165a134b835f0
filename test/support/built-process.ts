import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');

export interface BuiltProcess {
  readonly child: ChildProcess;
  readonly pid: number;
  readonly output: () => string;
  /** Resolves once a line of output matches. */
  readonly waitForOutput: (pattern: RegExp) => Promise<void>;
  /** Signals the whole process group, as systemd and a terminal do. */
  readonly signalGroup: (signal: NodeJS.Signals) => void;
  /** The exit, and when it happened (performance.now()). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; at: number }>;
}

const running: BuiltProcess[] = [];

/** Kills whatever a test left running; call from afterAll/afterEach. */
export function killBuiltProcesses(): void {
  for (const started of running.splice(0)) {
    if (started.child.exitCode === null && started.child.signalCode === null) {
      try {
        process.kill(-started.pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }
}

/**
 * Runs a built entry point (`dist/...`) on plain node, exactly as the npm scripts do, as the
 * leader of its own process group. Only `env` and PATH/HOME reach it: no .env values leak in.
 */
export function startBuilt(entry: string, env: Record<string, string>): BuiltProcess {
  const child = spawn(process.execPath, [join(ROOT, entry)], {
    cwd: ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  if (child.pid === undefined) throw new Error(`could not start ${entry}`);
  const { pid } = child;
  let text = '';
  const waiters = new Set<() => void>();
  const collect = (chunk: string): void => {
    text += chunk;
    for (const waiter of waiters) waiter();
  };
  child.stdout.setEncoding('utf8').on('data', collect);
  child.stderr.setEncoding('utf8').on('data', collect);
  const exited = once(child, 'exit').then(([code, signal]) => ({
    code: code as number | null,
    signal: signal as NodeJS.Signals | null,
    at: performance.now(),
  }));
  const waitForOutput = (pattern: RegExp) =>
    new Promise<void>((done, fail) => {
      const check = (): void => {
        if (pattern.test(text)) {
          waiters.delete(check);
          done();
        }
      };
      waiters.add(check);
      check();
      void exited.then(() => {
        if (waiters.delete(check)) fail(new Error(`exited before ${String(pattern)}:\n${text}`));
      });
    });
  const started: BuiltProcess = {
    child,
    pid,
    output: () => text,
    waitForOutput,
    signalGroup: (signal) => {
      try {
        process.kill(-pid, signal);
      } catch (error) {
        // ESRCH: it already finished shutting down; there is nothing left to signal.
        if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
      }
    },
    exited,
  };
  running.push(started);
  return started;
}
