/**
 * `npm run start:sharded`: discord.js's ShardingManager runs each shard in its own process
 * (src/main.ts with the shard assignment in its environment), for when one process is not enough.
 */
import { fileURLToPath } from 'node:url';
import { ShardingManager, type Shard } from 'discord.js';
import { ConfigError, loadDotenv, parseConfig, requireConfig } from '../../config/load-config.js';
import { createLogger } from '../../logging/logger.js';
import { startHealthServer } from '../health/health-check.js';

const SHARD_ENTRY = fileURLToPath(new URL('../../main.ts', import.meta.url));
const SPAWN_TIMEOUT_MS = 60_000;

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
    execArgv: ['--import', 'tsx'],
    mode: 'process',
  });

  const readyShards = new Set<number>();
  manager.on('shardCreate', (shard: Shard) => {
    logger.info({ shardId: shard.id }, 'shard process started');
    shard.on('ready', () => readyShards.add(shard.id));
    shard.on('reconnecting', () => readyShards.delete(shard.id));
    shard.on('disconnect', () => readyShards.delete(shard.id));
    shard.on('death', () => {
      readyShards.delete(shard.id);
      logger.warn({ shardId: shard.id }, 'shard process exited');
    });
  });

  if (config.HEALTH_PORT !== undefined) {
    const shards = () => [...readyShards].sort((a, b) => a - b);
    const healthy = () => manager.shards.size > 0 && readyShards.size === manager.shards.size;
    await startHealthServer(
      () => ({ healthy: healthy(), shards: shards() }),
      config.HEALTH_PORT,
      config.HOST,
      logger,
    );
  }

  const shutdown = (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'stopping every shard');
    manager.respawn = false;
    for (const shard of manager.shards.values()) shard.process?.kill(signal);
    setTimeout(() => process.exit(0), 12_000).unref();
    const exits = [...manager.shards.values()].map(
      (shard) =>
        new Promise<void>((resolve) => {
          if (!shard.process || shard.process.exitCode !== null) {
            resolve();
            return;
          }
          shard.process.once('exit', () => {
            resolve();
          });
        }),
    );
    void Promise.all(exits).then(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  // Discord allows one IDENTIFY per 5 s per bucket; the delay spaces the shard processes out.
  await manager.spawn({ timeout: SPAWN_TIMEOUT_MS, delay: config.SHARD_SPAWN_DELAY_MS });
  logger.info({ shards: manager.shards.size }, 'all shards spawned');
} catch (error) {
  if (!(error instanceof ConfigError)) throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
