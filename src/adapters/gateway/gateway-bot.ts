import { Client, Events, GatewayDispatchEvents, Status } from 'discord.js';
import type { SlashCommand } from '../../command-kit/slash-command.js';
import { createInteractionHandler } from '../../core/handle-interaction.js';
import type { Logger } from '../../logging/logger.js';
import { createInteractionMetrics } from '../../metrics/interaction-metrics.js';
import { createProcessRegistry } from '../../metrics/process-registry.js';
import { registerShardMetrics } from '../../metrics/shard-metrics.js';
import {
  gatewayClientOptions,
  logExpectedCacheWarning,
  type GatewayClientSettings,
} from './client-options.js';
import { createCallbackPoster, InteractionResponder } from './interaction-callback.js';
import { shardHealth, startHealthServer } from '../health/health-check.js';

/** Closes after which discord.js gives up on a shard (4012-4014 can't come with Guilds only). */
const FATAL_CLOSE_ADVICE: Readonly<Record<number, string>> = {
  4004: 'Discord rejected DISCORD_TOKEN (gateway close 4004 Authentication failed). Reset it in Developer Portal > your app > Bot > Reset Token, then update .env.',
  4010: 'Discord rejected the shard settings (4010 Invalid shard): check SHARD_COUNT and SHARD_IDS.',
  4011: 'Discord requires more shards (4011 Sharding required): raise SHARD_COUNT.',
};

interface GatewayBotOptions extends GatewayClientSettings {
  readonly token: string;
  readonly logger: Logger;
  readonly commands: readonly SlashCommand[];
  /** Serve GET /healthz, and interaction counts and shard gauges on GET /metrics (port 0 picks one). */
  readonly health?: { readonly port: number; readonly host: string } | undefined;
  /** Called when a shard closes for good; the runner exits non-zero. */
  readonly onFatal?: (message: string) => void;
}

export type GatewayBot = Awaited<ReturnType<typeof startGatewayBot>>;

/** Logs in and answers every interaction through the core; `stop()` drains, then disconnects. */
export async function startGatewayBot(options: GatewayBotOptions) {
  const { logger } = options;
  logExpectedCacheWarning(logger);
  const client = new Client(gatewayClientOptions(options));
  const metrics = options.health && createProcessRegistry();
  const responder = new InteractionResponder(
    createCallbackPoster({ apiBase: options.apiBase }),
    createInteractionHandler(options.commands),
    logger,
    metrics && createInteractionMetrics(metrics),
  );
  const shards = () =>
    client.ws.shards.map((shard) => ({
      id: shard.id,
      ready: shard.status === Status.Ready,
      status: Status[shard.status],
      pingMs: shard.ping,
    }));
  const health = shardHealth(shards);
  if (metrics) registerShardMetrics(metrics, shards);

  // The raw payload is what the core takes; discord.js's Interaction classes would be undone.
  client.ws.on(GatewayDispatchEvents.InteractionCreate, responder.respond);

  client.once(Events.ClientReady, (ready) => {
    logger.info(
      { bot: ready.user.tag, guilds: ready.guilds.cache.size, shards: [...ready.ws.shards.keys()] },
      'ready',
    );
  });
  client.on(Events.ShardReady, (shardId) => {
    logger.info({ shardId }, 'shard ready');
  });
  client.on(Events.ShardResume, (shardId, replayed) => {
    logger.info({ shardId, replayed }, 'shard resumed');
  });
  let stopping = false;
  client.on(Events.ShardReconnecting, (shardId) => {
    if (!stopping) logger.warn({ shardId }, 'shard reconnecting');
  });
  client.on(Events.ShardDisconnect, (event, shardId) => {
    const advice =
      FATAL_CLOSE_ADVICE[event.code] ?? `Shard ${shardId} closed for good (code ${event.code}).`;
    logger.error({ shardId, code: event.code }, advice);
    options.onFatal?.(advice);
  });
  client.on(Events.ShardError, (error, shardId) => {
    logger.error({ shardId, err: { name: error.name, message: error.message } }, 'shard error');
  });
  client.on(Events.Error, (error) => {
    logger.error({ err: { name: error.name, message: error.message } }, 'client error');
  });

  let healthServer: Awaited<ReturnType<typeof startHealthServer>> | undefined;
  try {
    if (options.health) {
      const { port, host } = options.health;
      healthServer = await startHealthServer(health, port, host, logger, metrics);
    }
    await client.login(options.token);
  } catch (error) {
    await healthServer?.close();
    await client.destroy();
    throw error;
  }

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      await responder.drain();
      await client.destroy();
      await healthServer?.close();
    })());

  return { client, health, responder, healthPort: healthServer?.port, stop };
}
