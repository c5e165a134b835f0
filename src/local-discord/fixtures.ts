import {
  ChannelType,
  GuildDefaultMessageNotifications,
  GuildExplicitContentFilter,
  GuildMFALevel,
  GuildNSFWLevel,
  GuildPremiumTier,
  GuildSystemChannelFlags,
  GuildVerificationLevel,
  Locale,
  type APIGuildMember,
  type ChannelFlags,
  type GuildMemberFlags,
  type RoleFlags,
  type UserFlags,
  type APIGuildTextChannel,
  type APIRole,
  type APIUser,
  type GatewayGuildCreateDispatchData,
} from 'discord-api-types/v10';
import { flagBits } from './discord-enums.js';
import { snowflakeAt } from './snowflake.js';

/**
 * Cheap, deterministic guild fixtures. A fixture stores only what varies (ids, names); the full
 * GUILD_CREATE object is built on demand so 2,500 guilds x 50 channels cost almost nothing until
 * a shard actually identifies.
 */
export interface FixtureChannel {
  readonly id: string;
  readonly name: string;
}

export interface FixtureGuild {
  readonly id: string;
  readonly name: string;
  readonly ownerId: string;
  readonly channels: readonly FixtureChannel[];
}

export interface FixtureUser {
  readonly id: string;
  readonly username: string;
}

/** Snowflake timestamps for fixtures start here (2021-01-01T00:00:00Z) so ids look like real ones. */
const FIXTURE_BASE_MS = 1_609_459_200_000n;
// Each guild gets its own millisecond; consecutive guilds therefore alternate across shards.
const GUILD_STRIDE_MS = 1n;
// Users and the bot live in a separate time range so they never collide with guild/channel ids.
const USER_BASE_MS = FIXTURE_BASE_MS - 86_400_000n;

export const DEFAULT_APPLICATION_ID = snowflakeAt(USER_BASE_MS - 3_600_000n);

/** Everyone role gets Discord's default @everyone permission set for new guilds. */
const EVERYONE_PERMISSIONS = '2248473465835073';
/** What the bot role is granted in fixtures (Administrator), so permission checks never get in the way. */
export const BOT_PERMISSIONS = '8';
/** Permission bits reported as `app_permissions` on interactions: everything the bot can do. */
export const APP_PERMISSIONS = '2251799813685247';

export function createGuildFixtures(
  guildCount: number,
  channelsPerGuild: number,
  ownerId: string,
): FixtureGuild[] {
  if (channelsPerGuild > 4000) throw new RangeError('channelsPerGuild must be at most 4000');
  const guilds: FixtureGuild[] = [];
  for (let g = 0; g < guildCount; g += 1) {
    const ms = FIXTURE_BASE_MS + BigInt(g) * GUILD_STRIDE_MS;
    const channels: FixtureChannel[] = [];
    for (let c = 0; c < channelsPerGuild; c += 1) {
      // Increment 0 is the guild (and its @everyone role); channels take 1..n.
      channels.push({ id: snowflakeAt(ms, c + 1), name: c === 0 ? 'general' : `channel-${c}` });
    }
    guilds.push({ id: snowflakeAt(ms), name: `Local Guild ${g + 1}`, ownerId, channels });
  }
  return guilds;
}

export function createFixtureUser(index: number, username: string): FixtureUser {
  return { id: snowflakeAt(USER_BASE_MS + BigInt(index)), username };
}

export function botUserObject(applicationId: string, username: string): APIUser {
  return {
    id: applicationId,
    username,
    discriminator: '0001',
    global_name: null,
    avatar: null,
    bot: true,
    flags: flagBits<UserFlags>(0),
    mfa_enabled: false,
    verified: true,
    email: null,
  };
}

export function userObject(user: FixtureUser): APIUser {
  return {
    id: user.id,
    username: user.username,
    discriminator: '0',
    global_name: user.username,
    avatar: null,
    public_flags: flagBits<UserFlags>(0),
    avatar_decoration_data: null,
    primary_guild: null,
    collectibles: null,
  };
}

// A fixed join time keeps payloads deterministic across runs.
const JOINED_AT = '2021-01-01T00:00:00.000000+00:00';

export function memberObject(
  user: APIUser,
  permissions?: string,
): APIGuildMember & { permissions?: string } {
  const member: APIGuildMember & { permissions?: string } = {
    user,
    nick: null,
    avatar: null,
    banner: null,
    roles: [],
    joined_at: JOINED_AT,
    premium_since: null,
    deaf: false,
    mute: false,
    flags: flagBits<GuildMemberFlags>(0),
    pending: false,
    communication_disabled_until: null,
  };
  if (permissions !== undefined) member.permissions = permissions;
  return member;
}

/** A guild text channel as listed inside GUILD_CREATE, where Discord omits `guild_id`. */
function listedTextChannel(
  channel: FixtureChannel,
  position: number,
): APIGuildTextChannel<ChannelType.GuildText> {
  return {
    id: channel.id,
    type: ChannelType.GuildText,
    name: channel.name,
    position,
    parent_id: null,
    topic: null,
    nsfw: false,
    last_message_id: null,
    rate_limit_per_user: 0,
    permission_overwrites: [],
    flags: flagBits<ChannelFlags>(0),
  };
}

/** A guild text channel as it appears standalone, e.g. in an interaction's `channel`. */
export function textChannelObject(
  guild: FixtureGuild,
  channel: FixtureChannel,
  position: number,
): APIGuildTextChannel<ChannelType.GuildText> {
  return { ...listedTextChannel(channel, position), guild_id: guild.id };
}

function everyoneRole(guildId: string): APIRole {
  return {
    id: guildId,
    name: '@everyone',
    // eslint-disable-next-line @typescript-eslint/no-deprecated -- Discord still sends it next to `colors`.
    color: 0,
    colors: { primary_color: 0, secondary_color: null, tertiary_color: null },
    hoist: false,
    icon: null,
    unicode_emoji: null,
    position: 0,
    permissions: EVERYONE_PERMISSIONS,
    managed: false,
    mentionable: false,
    flags: flagBits<RoleFlags>(0),
  };
}

/**
 * GUILD_CREATE as Discord sends it to a bot with only the Guilds intent: the bot's own member is
 * the only member, presences and voice states are empty, and channels omit `guild_id`.
 */
export function guildCreatePayload(
  guild: FixtureGuild,
  bot: APIUser,
): GatewayGuildCreateDispatchData {
  return {
    id: guild.id,
    name: guild.name,
    icon: null,
    icon_hash: null,
    splash: null,
    discovery_splash: null,
    owner_id: guild.ownerId,
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: GuildVerificationLevel.None,
    default_message_notifications: GuildDefaultMessageNotifications.OnlyMentions,
    explicit_content_filter: GuildExplicitContentFilter.Disabled,
    roles: [everyoneRole(guild.id)],
    emojis: [],
    stickers: [],
    features: [],
    mfa_level: GuildMFALevel.None,
    application_id: null,
    system_channel_id: guild.channels[0]?.id ?? null,
    system_channel_flags: GuildSystemChannelFlags.SuppressJoinNotificationReplies,
    rules_channel_id: null,
    max_members: 500_000,
    max_video_channel_users: 25,
    max_stage_video_channel_users: 50,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: GuildPremiumTier.None,
    premium_subscription_count: 0,
    preferred_locale: Locale.EnglishUS,
    public_updates_channel_id: null,
    nsfw_level: GuildNSFWLevel.Default,
    premium_progress_bar_enabled: false,
    hub_type: null,
    safety_alerts_channel_id: null,
    incidents_data: null,
    joined_at: JOINED_AT,
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [memberObject(bot)],
    channels: guild.channels.map((channel, position) => listedTextChannel(channel, position)),
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}
