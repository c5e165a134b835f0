import type { Logger } from '../logging/logger.js';

/** Past this, in-flight work is stuck: exit 1. Over the HTTP timeouts, under docker stop's 10 s. */
export const SHUTDOWN_GRACE_MS = 8_000;

// A repeated SIGINT sooner than this is the same Ctrl-C relayed (the terminal signals the whole
// foreground group, and npm forwards it again); later, it is a person pressing Ctrl-C again.
const DELIBERATE_REPEAT_MS = 500;

/**
 * Stops on the first SIGTERM or SIGINT and exits with `stop`'s code. Repeats (systemd signals the
 * group; npm and the ShardingManager relay) never cut the drain short; only a second Ctrl-C typed
 * in a terminal forces the exit. Returns a trigger for stopping without a signal (a fatal error).
 */
export function stopOnShutdownSignals(options: {
  readonly logger: Logger;
  /** Finishes in-flight work and releases every handle; resolves to the exit code. */
  readonly stop: (reason: string) => Promise<number>;
  readonly graceMs?: number;
}): (reason: string) => void {
  const { logger, stop, graceMs = SHUTDOWN_GRACE_MS } = options;
  let startedAt: number | undefined;
  // Exit explicitly once stopped rather than wait for the event loop to empty: a shard's IPC
  // channel to its manager, for one, would hold it open. Logs are written synchronously.
  const exit = (code: number): void => process.exit(code);

  const begin = (reason: string): void => {
    if (startedAt !== undefined) return;
    startedAt = performance.now();
    setTimeout(() => {
      logger.error({ graceMs }, 'Shutdown did not finish in time; exiting anyway');
      exit(1);
    }, graceMs).unref();
    stop(reason).then(exit, (err: unknown) => {
      logger.error({ err }, 'Shutdown failed');
      exit(1);
    });
  };

  const onSignal = (signal: NodeJS.Signals): void => {
    if (startedAt === undefined) {
      begin(signal);
    } else if (
      signal === 'SIGINT' &&
      process.stdin.isTTY &&
      performance.now() - startedAt >= DELIBERATE_REPEAT_MS
    ) {
      logger.warn({ signal }, 'Second Ctrl-C: exiting now, without finishing in-flight work');
      exit(130);
    } else {
      logger.info({ signal }, 'Already shutting down; signal ignored');
    }
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  return begin;
}
