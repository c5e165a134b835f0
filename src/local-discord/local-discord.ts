import type { APIInteraction, APIUser } from 'discord-api-types/v10';
import { accountRoutes } from './account-routes.js';
import type { WaitOptions } from './change-signal.js';
import { channelRoutes } from './channel-routes.js';
import { CommandRegistry } from './command-registry.js';
import { commandRoutes } from './command-routes.js';
import { RestFaultQueue, type GatewayFaults, type RestFaultSpec } from './fault-injection.js';
import {
  DEFAULT_APPLICATION_ID,
  botUserObject,
  createFixtureUser,
  createGuildFixtures,
  type FixtureGuild,
  type FixtureUser,
} from './fixtures.js';
import { GatewayServer, type GatewayStats, type ShardView } from './gateway-server.js';
import {
  envelopeInteraction,
  type InteractionPlace,
  type MemberInteraction,
} from './interaction-envelope.js';
import { InteractionLedger, type InteractionRecord } from './interaction-ledger.js';
import { CALLBACK_PATH, interactionRoutes } from './interaction-routes.js';
import { MessageStore } from './message-store.js';
import { RestLog } from './rest-log.js';
import { RestServer } from './rest-server.js';
import { SnowflakeGenerator } from './snowflake.js';

/**
 * The local Discord stand-in: REST API v10 and a gateway on 127.0.0.1 that the real discord.js
 * Client logs in to with `rest: { api: discord.restBaseUrl }`. Used by the offline playground and
 * by end-to-end tests, which drive it through `sendInteraction`, the fault knobs and the ledgers.
 */
export interface LocalDiscordOptions {
  /** Interface to bind. Default `127.0.0.1`. */
  readonly host?: string;
  /** REST port; 0 (default) picks a free one. */
  readonly restPort?: number;
  /** Gateway port; 0 (default) picks a free one. */
  readonly gatewayPort?: number;
  /** The bot token clients must present. Default `local.test.token`. */
  readonly token?: string;
  readonly applicationId?: string;
  readonly botUsername?: string;
  /** Application flags reported in READY and /applications/@me. Default 0. */
  readonly applicationFlags?: number;
  /** Generated fixtures: this many guilds… (default 1) */
  readonly guildCount?: number;
  /** …with this many text channels each (default 3). */
  readonly channelsPerGuild?: number;
  /** Gateway HELLO heartbeat interval. Discord's is 41250 ms; tests use something small. */
  readonly heartbeatIntervalMs?: number;
  /** Window for the initial interaction response. Default 3000 ms, as on Discord. */
  readonly interactionDeadlineMs?: number;
  /** How long interaction tokens work on webhook routes. Default 15 min, as on Discord. */
  readonly interactionTokenLifetimeMs?: number;
  /** `shards` reported by GET /gateway/bot. Default 1. */
  readonly recommendedShards?: number;
  /** `session_start_limit.max_concurrency`. Default 1 (Discord's value for most bots). */
  readonly maxConcurrency?: number;
  /** Dispatches kept per session for RESUME replay. Default 1000. */
  readonly replayBufferSize?: number;
}

export type SendInteractionOptions = InteractionPlace & WaitOptions;

export interface LocalDiscord {
  /** Pass as discord.js `rest.api`, e.g. `http://127.0.0.1:PORT/api`. */
  readonly restBaseUrl: string;
  /** The URL GET /gateway/bot returns, e.g. `ws://127.0.0.1:PORT`. */
  readonly gatewayUrl: string;
  readonly token: string;
  readonly applicationId: string;
  readonly botUser: APIUser;
  readonly guilds: readonly FixtureGuild[];
  /** The user who interacts unless a place names another. */
  readonly defaultUser: FixtureUser;

  /**
   * Takes what a member's client sends (type, data, the clicked message), fills in what Discord
   * fills in (interaction-envelope.ts), dispatches INTERACTION_CREATE to the shard that owns its guild (shard
   * 0 for DMs; buffered if the shard is down) and returns at once. Await the outcome through
   * `interactions.waitForAcknowledgement(record.id)`.
   */
  dispatchInteraction(interaction: MemberInteraction, place?: InteractionPlace): InteractionRecord;
  /** `dispatchInteraction` plus waiting until the bot's acknowledgement was accepted. */
  sendInteraction(
    interaction: MemberInteraction,
    options?: SendInteractionOptions,
  ): Promise<InteractionRecord>;
  /** Sets the initial-response deadline at runtime (tests shorten it to exercise 10062). */
  setInteractionDeadline(ms: number): void;

  readonly interactions: InteractionLedger;
  readonly restLog: RestLog;
  readonly commands: CommandRegistry;
  readonly messages: MessageStore;
  readonly gateway: {
    readonly stats: Readonly<GatewayStats>;
    shards(): ShardView[];
    shardForGuild(guildId: string): number;
    waitForShardReady(shardId: number, options?: WaitOptions): Promise<ShardView>;
    waitForStats(
      predicate: (stats: Readonly<GatewayStats>) => boolean,
      description: string,
      options?: WaitOptions,
    ): Promise<GatewayStats>;
    /** Sends any dispatch event to a shard (e.g. GUILD_DELETE) with a proper sequence number. */
    dispatch(shardId: number, event: string, data: unknown): number;
  };
  readonly faults: GatewayFaults & {
    /** The next `count` REST requests matching the spec are answered with the given status. */
    failRestRequests(spec: RestFaultSpec): void;
    readonly pendingRestFaults: number;
    clearRestFaults(): void;
  };

  close(): Promise<void>;
}

export async function startLocalDiscord(options: LocalDiscordOptions = {}): Promise<LocalDiscord> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? 'local.test.token';
  const applicationId = options.applicationId ?? DEFAULT_APPLICATION_ID;
  const applicationFlags = options.applicationFlags ?? 0;
  const bot = botUserObject(applicationId, options.botUsername ?? 'Local Bot');
  const defaultUser = createFixtureUser(1, 'local-user');
  const guilds = createGuildFixtures(
    options.guildCount ?? 1,
    options.channelsPerGuild ?? 3,
    defaultUser.id,
  );
  let interactionDeadlineMs = options.interactionDeadlineMs ?? 3000;

  const ids = new SnowflakeGenerator();
  const interactions = new InteractionLedger();
  const restLog = new RestLog();
  const commands = new CommandRegistry(applicationId, ids);
  const messages = new MessageStore(ids);
  const restFaults = new RestFaultQueue();

  const gateway = await GatewayServer.start({
    host,
    port: options.gatewayPort ?? 0,
    token,
    bot,
    applicationId,
    applicationFlags,
    heartbeatIntervalMs: options.heartbeatIntervalMs ?? 41_250,
    replayBufferSize: options.replayBufferSize ?? 1000,
    guilds,
  });

  const rest = await RestServer.start({
    host,
    port: options.restPort ?? 0,
    token,
    faults: restFaults,
    log: restLog,
    onFaultServed: (method, path, status) => {
      const [, id, token] = CALLBACK_PATH.exec(path) ?? [];
      if (method === 'POST' && id !== undefined && token !== undefined) {
        interactions.recordRefusedCallback(id, token, { at: Date.now(), status });
      }
    },
    routes: [
      ...accountRoutes({
        applicationId,
        applicationFlags,
        bot,
        gatewayUrl: () => gateway.url,
        recommendedShards: options.recommendedShards ?? 1,
        maxConcurrency: options.maxConcurrency ?? 1,
      }),
      ...commandRoutes({ applicationId, guilds, commands }),
      ...interactionRoutes({
        applicationId,
        bot,
        ledger: interactions,
        messages,
        interactionDeadlineMs: () => interactionDeadlineMs,
        interactionTokenLifetimeMs: options.interactionTokenLifetimeMs ?? 15 * 60_000,
      }),
      ...channelRoutes({ bot, guilds, messages }),
    ],
  }).catch(async (error: unknown) => {
    await gateway.close();
    throw error;
  });

  function dispatchInteraction(
    interaction: MemberInteraction,
    place: InteractionPlace = {},
  ): InteractionRecord {
    const built = envelopeInteraction(
      {
        applicationId,
        guilds,
        defaultUser,
        nextId: () => ids.next(),
        commandId: (name, type, guildId) =>
          commands
            .list(guildId === null ? { kind: 'global' } : { kind: 'guild', guildId })
            .find((command) => command.name === name && command.type === type)?.id,
        storedMessage: (id) => messages.get(id),
        componentMessage: (channelId) => messages.latestWithComponents(channelId),
      },
      interaction,
      place,
    );
    const payload: APIInteraction = built.payload;
    // DMs always arrive on shard 0, as Discord documents.
    const shardId = built.guildId === null ? 0 : gateway.shardForGuild(built.guildId);
    const record = interactions.add(payload, shardId);
    gateway.dispatch(shardId, 'INTERACTION_CREATE', payload, () => {
      interactions.markDelivered(record.id);
    });
    return record;
  }

  return {
    restBaseUrl: rest.baseUrl,
    gatewayUrl: gateway.url,
    token,
    applicationId,
    botUser: bot,
    guilds,
    defaultUser,
    dispatchInteraction,
    async sendInteraction(interaction, { timeoutMs, ...place } = {}) {
      const record = dispatchInteraction(interaction, place);
      return interactions.waitForAcknowledgement(
        record.id,
        timeoutMs === undefined ? {} : { timeoutMs },
      );
    },
    setInteractionDeadline(ms) {
      interactionDeadlineMs = ms;
    },
    interactions,
    restLog,
    commands,
    messages,
    gateway: {
      get stats() {
        return gateway.stats;
      },
      shards: () => gateway.shards(),
      shardForGuild: (guildId) => gateway.shardForGuild(guildId),
      waitForShardReady: (shardId, waitOptions) => gateway.waitForShardReady(shardId, waitOptions),
      waitForStats: (predicate, description, waitOptions) =>
        gateway.waitForStats(predicate, description, waitOptions),
      dispatch: (shardId, event, data) => gateway.dispatch(shardId, event, data),
    },
    faults: {
      closeShard: (shardId, code, reason) => {
        gateway.closeShard(shardId, code, reason);
      },
      dropShard: (shardId) => {
        gateway.dropShard(shardId);
      },
      requestReconnect: (shardId) => {
        gateway.requestReconnect(shardId);
      },
      invalidateSession: (shardId, resumable) => {
        gateway.invalidateSession(shardId, resumable);
      },
      rejectNextIdentify: (code) => {
        gateway.rejectNextIdentify(code);
      },
      failRestRequests: (spec) => {
        restFaults.add(spec);
      },
      get pendingRestFaults() {
        return restFaults.pendingCount;
      },
      clearRestFaults: () => {
        restFaults.clear();
      },
    },
    async close() {
      interactions.changes.cancelAll('local discord closed');
      restLog.changes.cancelAll('local discord closed');
      await Promise.all([rest.close(), gateway.close()]);
    },
  };
}
