import {
  GatewayIntentBits,
  Options,
  type CacheWithLimitsOptions,
  type ClientOptions,
} from 'discord.js';

export interface GatewayClientSettings {
  /** Under a ShardingManager the shard assignment arrives in the environment: pass nothing. */
  readonly managed?: boolean;
  /** REST base URL (a proxy, or the local stand-in); unset means discord.js's default. */
  readonly apiBase?: string | undefined;
  /** Shard ids this process runs; unset lets discord.js decide (or the ShardingManager's env). */
  readonly shardIds?: readonly number[] | undefined;
  /** Total shards across every process of the bot. */
  readonly shardCount?: number | undefined;
}

/**
 * Channels were almost all of the heap, and the bot never reads them (it answers from raw
 * payloads); discord.js leaves these two out of its typings. See docs/benchmarks.md.
 */
const UNCACHED_CHANNELS = {
  ChannelManager: 0,
  GuildChannelManager: 0,
} as unknown as CacheWithLimitsOptions;

/**
 * The bot reads nothing from discord.js's caches: it answers interactions from their raw payloads.
 * So it asks only for the Guilds intent (required for a sane ready state) and keeps the caches
 * discord.js allows us to limit empty, except the bot's own user and member — plus the channel
 * caches, which discord.js does not support limiting but which dominate memory (see above).
 */
export function gatewayClientOptions(settings: GatewayClientSettings = {}): ClientOptions {
  return {
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [], repliedUser: false },
    makeCache: Options.cacheWithLimits({
      MessageManager: 0,
      PresenceManager: 0,
      ReactionManager: 0,
      ReactionUserManager: 0,
      GuildEmojiManager: 0,
      GuildStickerManager: 0,
      GuildScheduledEventManager: 0,
      GuildInviteManager: 0,
      GuildBanManager: 0,
      StageInstanceManager: 0,
      VoiceStateManager: 0,
      ThreadMemberManager: 0,
      ApplicationCommandManager: 0,
      AutoModerationRuleManager: 0,
      GuildMemberManager: {
        maxSize: 0,
        keepOverLimit: (member) => member.id === member.client.user.id,
      },
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      ...UNCACHED_CHANNELS,
    }),
    sweepers: {
      ...Options.DefaultSweeperSettings,
      users: { interval: 3600, filter: () => (user) => user.id !== user.client.user.id },
    },
    // Spread only when set: `api: undefined` would replace discord.js's default base URL.
    ...(settings.apiBase === undefined ? {} : { rest: { api: settings.apiBase } }),
    ...shardSettings(settings),
  };
}

/**
 * Always explicit outside a ShardingManager. With no count, 'auto' takes the recommended count
 * from GET /gateway/bot (through the configured REST base, so the stand-in answers it too).
 */
function shardSettings(
  settings: GatewayClientSettings,
): Pick<ClientOptions, 'shards' | 'shardCount'> {
  if (settings.managed === true) return {};
  if (settings.shardCount === undefined) {
    // discord.js reads SHARD_COUNT from the environment when shardCount is left at its default
    // of 1, and an empty `SHARD_COUNT=` line from .env would become 0. We parsed it already.
    if (process.env.SHARD_COUNT?.trim() === '') delete process.env.SHARD_COUNT;
    return { shards: 'auto', shardCount: 1 };
  }
  const all = Array.from({ length: settings.shardCount }, (_, id) => id);
  return {
    shards: settings.shardIds ? [...settings.shardIds] : all,
    shardCount: settings.shardCount,
  };
}
