import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { REPO_ROOT } from './machine.js';

/**
 * Child processes for the bench: every server, bot and memory probe runs in its own process so
 * it has its own heap and can be pinned to a core apart from the load generator. Every child is
 * tracked so `stopAllChildren()` can end them all, whatever failed.
 */
export interface ChildOptions {
  /** A TypeScript (or JS) entry under the repo root, run through tsx as `npm` scripts do. */
  readonly entry: string;
  /** Pin to this CPU with `taskset -c` when taskset exists. */
  readonly cpu?: number | undefined;
  readonly env?: Readonly<Record<string, string>>;
  readonly nodeArgs?: readonly string[];
  /** Open an IPC channel (process.send in the child). */
  readonly ipc?: boolean;
}

export interface BenchChild {
  readonly process: ChildProcess;
  /** performance.now() in the parent just before spawn(), for start-up timing. */
  readonly spawnedAt: number;
  readonly exited: Promise<number | null>;
  output(): string;
  waitForOutput(pattern: RegExp, timeoutMs: number): Promise<RegExpExecArray>;
  /** The next IPC message from the child. */
  nextMessage(timeoutMs: number): Promise<unknown>;
  send(message: unknown): void;
  /** SIGTERM, then SIGKILL if it has not exited within `graceMs`. */
  stop(graceMs?: number): Promise<void>;
}

const running = new Set<BenchChild>();
let tasksetAvailable: boolean | undefined;

export function hasTaskset(): boolean {
  tasksetAvailable ??= spawnSync('taskset', ['-c', '0', 'true']).status === 0;
  return tasksetAvailable;
}

/** `taskset -c <cpu> command ...` when possible: taskset execs, so the pid stays the child's. */
export function pinnedCommand(
  cpu: number | undefined,
  command: string,
  args: readonly string[],
): [string, string[]] {
  if (cpu === undefined || !hasTaskset()) return [command, [...args]];
  return ['taskset', ['-c', String(cpu), command, ...args]];
}

export function spawnChild(options: ChildOptions): BenchChild {
  const [command, args] = pinnedCommand(options.cpu, process.execPath, [
    ...(options.nodeArgs ?? []),
    '--import',
    'tsx',
    join(REPO_ROOT, options.entry),
  ]);
  return track(command, args, options.env ?? {}, options.ipc ?? false);
}

/** Any command (e.g. `node -e ''` or the autocannon CLI), tracked like the others. */
export function spawnCommand(
  command: string,
  args: readonly string[],
  cpu?: number,
  env: Readonly<Record<string, string>> = {},
): BenchChild {
  const [pinned, pinnedArgs] = pinnedCommand(cpu, command, args);
  return track(pinned, pinnedArgs, env, false);
}

function track(
  command: string,
  args: string[],
  env: Readonly<Record<string, string>>,
  ipc: boolean,
): BenchChild {
  const spawnedAt = performance.now();
  const child = spawn(command, args, {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const outputListeners = new Set<() => void>();
  const collect = (chunk: string) => {
    output += chunk;
    // Keep only the tail: a chatty child must not grow the parent's heap without bound.
    if (output.length > 1_000_000) output = output.slice(-500_000);
    for (const listener of outputListeners) listener();
  };
  child.stdout?.setEncoding('utf8').on('data', collect);
  child.stderr?.setEncoding('utf8').on('data', collect);

  const messages: unknown[] = [];
  const messageListeners = new Set<() => void>();
  child.on('message', (message) => {
    messages.push(message);
    for (const listener of messageListeners) listener();
  });

  let exitCode: number | null | undefined;
  const exitListeners = new Set<() => void>();
  const exited = new Promise<number | null>((resolve) => {
    child.on('exit', (code, signal) => {
      exitCode = code ?? (signal === null ? null : 128);
      running.delete(handle);
      for (const listener of exitListeners) listener();
      resolve(exitCode);
    });
    child.on('error', (error) => {
      output += `\n[spawn error] ${error.message}\n`;
      exitCode = -1;
      running.delete(handle);
      for (const listener of exitListeners) listener();
      resolve(-1);
    });
  });

  /** Waits until `probe` returns a value, the child exits, or the time runs out. */
  function waitUntil<T>(
    probe: () => T | undefined,
    listeners: Set<() => void>,
    description: string,
    timeoutMs: number,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const finish = (error?: Error, value?: T) => {
        clearTimeout(timer);
        listeners.delete(check);
        exitListeners.delete(onExit);
        if (error) reject(error);
        else resolve(value as T);
      };
      const check = () => {
        const value = probe();
        if (value !== undefined) finish(undefined, value);
      };
      const onExit = () => {
        const value = probe();
        if (value !== undefined) finish(undefined, value);
        else
          finish(
            new Error(
              `${command} exited (${String(exitCode)}) before ${description}:\n${output.slice(-2000)}`,
            ),
          );
      };
      const timer = setTimeout(() => {
        finish(
          new Error(
            `Timed out after ${timeoutMs} ms waiting for ${description}:\n${output.slice(-2000)}`,
          ),
        );
      }, timeoutMs);
      listeners.add(check);
      exitListeners.add(onExit);
      if (exitCode !== undefined) onExit();
      else check();
    });
  }

  const handle: BenchChild = {
    process: child,
    spawnedAt,
    exited,
    output: () => output,
    waitForOutput(pattern, timeoutMs) {
      return waitUntil(
        () => pattern.exec(output) ?? undefined,
        outputListeners,
        `output matching ${String(pattern)}`,
        timeoutMs,
      );
    },
    nextMessage(timeoutMs) {
      return waitUntil(
        () => (messages.length > 0 ? { message: messages.shift() } : undefined),
        messageListeners,
        'a message from the child',
        timeoutMs,
      ).then((box) => box.message);
    },
    send(message) {
      if (child.connected) child.send(message as object);
    },
    async stop(graceMs = 3000) {
      if (exitCode !== undefined) return;
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(killer);
    },
  };
  running.add(handle);
  return handle;
}

export async function stopAllChildren(): Promise<void> {
  await Promise.all([...running].map((child) => child.stop(1000)));
}
