/** `npm run start:sharded`: discord.js's ShardingManager runs each shard in a main.js process. */
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { ShardingManager, Status, type Shard } from 'discord.js';
import { ConfigError, loadDotenv, parseConfig, requireConfig } from '../../config/load-config.js';
import { createLogger } from '../../logging/logger.js';
import { createProcessRegistry } from '../../metrics/process-registry.js';
import { registerShardMetrics, type ShardSnapshot } from '../../metrics/shard-metrics.js';
import { SHUTDOWN_GRACE_MS, stopOnShutdownSignals } from '../../shutdown/shutdown-signals.js';
import { shardHealth, startHealthServer } from '../health/health-check.js';

// Built, this is dist/adapters/gateway/sharded-main.js and the shards run dist/main.js on plain
// node; from source (tsx), src/main.ts through the same loader, which process.execArgv carries.
const SHARD_ENTRY = fileURLToPath(
  new URL(import.meta.url.endsWith('.ts') ? '../../main.ts' : '../../main.js', import.meta.url),
);
const SPAWN_TIMEOUT_MS = 60_000;
/** A scrape must not hang on a shard process that does not answer. */
const SHARD_QUERY_TIMEOUT_MS = 1_000;

/** Status and heartbeat as the shard's own process sees them (one shard per process here). */
async function snapshotOf(shard: Shard): Promise<ShardSnapshot> {
  const ask = (key: string) =>
    Promise.race([
      shard.fetchClientValue(key),
      sleep(SHARD_QUERY_TIMEOUT_MS, undefined, { ref: false }),
    ]).catch(() => undefined);
  const [status, ping] = await Promise.all([ask('ws.status'), ask('ws.ping')]);
  return {
    id: shard.id,
    // discord.js sets it on the shard's ready and resume, clears it on a close or the process's exit.
    ready: shard.ready,
    status: typeof status === 'number' ? (Status[status] ?? 'Unknown') : 'NoProcess',
    pingMs: typeof ping === 'number' ? ping : undefined,
  };
}

loadDotenv();
try {
  const config = requireConfig(parseConfig(), ['DISCORD_TOKEN']);
  const logger = createLogger(config.LOG_LEVEL);
  if (config.SHARD_COUNT === undefined && config.DISCORD_API_BASE !== undefined) {
    // 'auto' asks discord.com for the recommended count, which a proxy or the stand-in can't answer.
    throw new ConfigError([
      'SHARD_COUNT is required with DISCORD_API_BASE: set it to a number, e.g. 2',
    ]);
  }
  const manager = new ShardingManager(SHARD_ENTRY, {
    token: config.DISCORD_TOKEN,
    totalShards: config.SHARD_COUNT ?? 'auto',
    shardList: config.SHARD_IDS ?? 'auto',
    execArgv: process.execArgv,
  });

  manager.on('shardCreate', (shard: Shard) => {
    logger.info({ shardId: shard.id }, 'shard process started');
    shard.on('death', () => {
      logger.warn({ shardId: shard.id }, 'shard process exited');
    });
  });

  const metrics = createProcessRegistry();
  registerShardMetrics(metrics, () => Promise.all(manager.shards.map(snapshotOf)));
  const health = shardHealth(() => [...manager.shards.values()]);
  const healthServer =
    config.HEALTH_PORT === undefined
      ? undefined
      : await startHealthServer(health, config.HEALTH_PORT, config.HOST, logger, metrics);

  stopOnShutdownSignals({
    logger,
    // The shards have the same grace; the manager waits a little longer to hear how they ended.
    graceMs: SHUTDOWN_GRACE_MS + 1_000,
    stop: async (reason) => {
      logger.info({ reason }, 'stopping every shard');
      manager.respawn = false;
      void healthServer?.close();
      // Relayed even when the whole group was signalled: a shard ignores the repeat, and under
      // `docker stop` or `kill <pid>` only this process hears the signal.
      const codes = await Promise.all(
        [...manager.shards.values()].map((shard) => {
          const child = shard.process;
          if (!child || child.exitCode !== null || child.signalCode !== null)
            return Promise.resolve(child?.exitCode ?? 0);
          const exited = once(child, 'exit').then(([code]) => (code as number | null) ?? 1);
          child.kill(reason === 'SIGINT' ? 'SIGINT' : 'SIGTERM');
          return exited;
        }),
      );
      logger.info({ codes }, 'every shard stopped');
      return codes.every((code) => code === 0) ? 0 : 1;
    },
  });

  // Discord allows one IDENTIFY per 5 s per bucket; the delay spaces the shard processes out.
  await manager.spawn({ timeout: SPAWN_TIMEOUT_MS, delay: config.SHARD_SPAWN_DELAY_MS });
  logger.info({ shards: manager.shards.size }, 'all shards spawned');
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
