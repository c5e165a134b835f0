import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  InteractionContextType,
  InteractionType,
  Locale,
  type APIInteraction,
  type APIMessage,
  type APIUser,
  type ChannelFlags,
  type GuildFeature,
} from 'discord-api-types/v10';
import { flagBits, isEnumValue } from './discord-enums.js';
import {
  APP_PERMISSIONS,
  memberObject,
  textChannelObject,
  userObject,
  type FixtureGuild,
  type FixtureUser,
} from './fixtures.js';
import { snowflakeAt } from './snowflake.js';

/**
 * What Discord adds around what a member's client sends. The client decides only the `type`, the
 * `data` (command and options, custom_id and values, modal fields) and the message a control sits
 * on; Discord fills in the rest of INTERACTION_CREATE: ids, token, application_id, version,
 * guild, channel, member or user, permissions, locales, entitlements, context, and the registered
 * command's id. Everything a library reads is present, shaped like Discord's.
 */
export type MemberInteraction = Pick<APIInteraction, 'type' | 'data'> & {
  readonly message?: APIMessage;
};

/** Where and as whom the member interacts. */
export interface InteractionPlace {
  /** Guild to interact in; defaults to the first fixture guild. Ignored with `dm: true`. */
  readonly guildId?: string;
  /** Channel in the guild; defaults to the guild's first channel. */
  readonly channelId?: string;
  /** Interact in a DM with the bot instead of a guild. */
  readonly dm?: boolean;
  /** Who interacts; defaults to the stand-in's default user. */
  readonly user?: FixtureUser;
  /** The user's client locale. Defaults to en-US. */
  readonly locale?: Locale;
  /** The member's permissions in the channel. Defaults to the @everyone set. */
  readonly memberPermissions?: string;
}

export interface InteractionWorld {
  readonly applicationId: string;
  readonly guilds: readonly FixtureGuild[];
  readonly defaultUser: FixtureUser;
  nextId(): string;
  /** The registered command with this name, so `data.id` matches what the bot deployed. */
  commandId(name: string, type: ApplicationCommandType, guildId: string | null): string | undefined;
  /** A message the bot posted, as Discord stored it. */
  storedMessage(id: string): APIMessage | undefined;
  /** The newest message with components in a channel: what a member clicks by default. */
  componentMessage(channelId: string): APIMessage | undefined;
}

export interface BuiltInteraction {
  readonly payload: APIInteraction;
  readonly guildId: string | null;
  readonly channelId: string;
}

/** Default @everyone permissions as a member would have them in a fresh guild. */
const DEFAULT_MEMBER_PERMISSIONS = '2248473465835073';
/** Discord's default upload limit for a guild without boosts (10 MiB). */
const ATTACHMENT_SIZE_LIMIT = 10_485_760;
// DM channel ids are derived from the user id so the same user always gets the same DM channel.
const DM_CHANNEL_OFFSET_MS = 1_000n;

/** Opaque, URL-safe, dot-free like Discord's (so it never resembles a bot token). */
function interactionToken(id: string): string {
  return Buffer.from(`interaction:${id}:${randomBytes(48).toString('base64url')}`).toString(
    'base64url',
  );
}

function dmChannelId(user: FixtureUser): string {
  return snowflakeAt((BigInt(user.id) >> 22n) + 1_420_070_400_000n + DM_CHANNEL_OFFSET_MS);
}

export function envelopeInteraction(
  world: InteractionWorld,
  interaction: MemberInteraction,
  place: InteractionPlace = {},
): BuiltInteraction {
  if (interaction.type === InteractionType.Ping) {
    throw new Error('PING is for the HTTP endpoint; the gateway never sends one.');
  }
  const id = world.nextId();
  const fixtureUser = place.user ?? world.defaultUser;
  const user: APIUser = userObject(fixtureUser);
  const locale = place.locale ?? Locale.EnglishUS;

  const base: Record<string, unknown> = {
    id,
    application_id: world.applicationId,
    token: interactionToken(id),
    version: 1,
    app_permissions: APP_PERMISSIONS,
    locale,
    entitlements: [],
    attachment_size_limit: ATTACHMENT_SIZE_LIMIT,
  };

  let guildId: string | null = null;
  let channelId: string;
  if (place.dm === true) {
    channelId = dmChannelId(fixtureUser);
    Object.assign(base, {
      user,
      channel_id: channelId,
      channel: {
        id: channelId,
        type: ChannelType.DM,
        last_message_id: null,
        flags: flagBits<ChannelFlags>(0),
        recipients: [user],
      },
      context: InteractionContextType.BotDM,
      // A guild-installed app used in its bot DM reports the guild-install owner as "0".
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: '0' },
    });
  } else {
    const guild =
      place.guildId === undefined
        ? world.guilds[0]
        : world.guilds.find((candidate) => candidate.id === place.guildId);
    if (guild === undefined)
      throw new Error(`Unknown guild ${place.guildId ?? '(no guilds configured)'}`);
    const channelIndex =
      place.channelId === undefined
        ? 0
        : guild.channels.findIndex((channel) => channel.id === place.channelId);
    const channel = guild.channels[channelIndex];
    if (channel === undefined)
      throw new Error(`Unknown channel ${place.channelId ?? '(guild has no channels)'}`);
    guildId = guild.id;
    channelId = channel.id;
    Object.assign(base, {
      guild_id: guild.id,
      guild: { id: guild.id, locale: Locale.EnglishUS, features: [] as GuildFeature[] },
      guild_locale: Locale.EnglishUS,
      channel_id: channel.id,
      channel: textChannelObject(guild, channel, channelIndex),
      member: memberObject(user, place.memberPermissions ?? DEFAULT_MEMBER_PERMISSIONS),
      context: InteractionContextType.Guild,
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guild.id },
    });
  }

  const data: Record<string, unknown> = { ...interaction.data };
  if (
    interaction.type === InteractionType.ApplicationCommand ||
    interaction.type === InteractionType.ApplicationCommandAutocomplete
  ) {
    const name = String(data.name);
    const commandType = isEnumValue(ApplicationCommandType, data.type)
      ? data.type
      : ApplicationCommandType.ChatInput;
    const guildCommandId =
      guildId === null ? undefined : world.commandId(name, commandType, guildId);
    data.id = guildCommandId ?? world.commandId(name, commandType, null) ?? world.nextId();
    // Guild-scoped commands carry the guild id in their data; global ones do not.
    delete data.guild_id;
    if (guildCommandId !== undefined && guildId !== null) data.guild_id = guildId;
    // Discord leaves out an empty options list.
    if (Array.isArray(data.options) && data.options.length === 0) delete data.options;
  }
  if (interaction.type === InteractionType.MessageComponent) {
    // Discord sends the message as it stored it; a client may only point at which one.
    const message =
      (interaction.message && world.storedMessage(interaction.message.id)) ??
      world.componentMessage(channelId) ??
      interaction.message;
    if (message === undefined) {
      throw new Error(
        `No message with components in channel ${channelId}; pass one as \`message\``,
      );
    }
    base.message = message;
  }
  base.type = interaction.type;
  base.data = data;

  return { payload: base as unknown as APIInteraction, guildId, channelId };
}
