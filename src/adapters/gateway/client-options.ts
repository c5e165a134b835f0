import {
  GatewayIntentBits,
  Options,
  type CacheWithLimitsOptions,
  type ClientOptions,
  type GuildMember,
  type User,
} from 'discord.js';
import type { Logger } from '../../logging/logger.js';

export interface GatewayClientSettings {
  /** REST base URL (a proxy, or the local stand-in). */
  readonly apiBase?: string | undefined;
  /** Shard ids this process runs, of `shardCount` across every process of the bot. */
  readonly shardIds?: readonly number[] | undefined;
  readonly shardCount?: number | undefined;
}

const isSelf = (entity: User | GuildMember) => entity.id === entity.client.user.id;

/** The bot reads no cache: Guilds intent only (a sane ready state), no cache but the bot itself. */
export function gatewayClientOptions(settings: GatewayClientSettings): ClientOptions {
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
      GuildMemberManager: { maxSize: 0, keepOverLimit: isSelf },
      UserManager: { maxSize: 0, keepOverLimit: isSelf },
      // Channels were almost all of the heap (docs/benchmarks.md); discord.js leaves these two out
      // of its typings and warns that limiting them is unsupported (see logExpectedCacheWarning).
      ...({ ChannelManager: 0, GuildChannelManager: 0 } as unknown as CacheWithLimitsOptions),
    }),
    // Spread only when set: `api: undefined` would replace discord.js's default base URL.
    ...(settings.apiBase === undefined ? {} : { rest: { api: settings.apiBase } }),
    ...shardSettings(settings),
  };
}

/**
 * A ShardingManager passes the shards in the environment. Else explicit: with no count, 'auto' asks
 * GET /gateway/bot through the configured REST base (so the stand-in answers it too).
 */
function shardSettings(settings: GatewayClientSettings) {
  if (process.env.SHARDING_MANAGER !== undefined) return {};
  if (settings.shardCount === undefined) {
    // discord.js reads SHARD_COUNT from the environment when shardCount is left at its default
    // of 1, and an empty `SHARD_COUNT=` line from .env would become 0. We parsed it already.
    if (process.env.SHARD_COUNT?.trim() === '') delete process.env.SHARD_COUNT;
    return { shards: 'auto' as const, shardCount: 1 };
  }
  const shards = settings.shardIds ?? Array.from({ length: settings.shardCount }, (_, id) => id);
  return { shards: [...shards], shardCount: settings.shardCount };
}

/** Logs discord.js's warning about the channel caches at debug: they are off on purpose. */
export function logExpectedCacheWarning(logger: Logger): void {
  const emitWarning = process.emitWarning.bind(process);
  process.emitWarning = (warning: string | Error, ...rest: unknown[]) => {
    // discord.js passes the type as a string.
    if (rest[0] === 'UnsupportedCacheOverwriteWarning') {
      logger.debug({ warning: String(warning) }, 'channel caches are off on purpose');
      return;
    }
    Reflect.apply(emitWarning, process, [warning, ...rest]);
  };
}
