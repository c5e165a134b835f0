import { randomBytes } from 'node:crypto';
import {
  ApplicationCommandType,
  ApplicationIntegrationType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  type APIApplicationCommandInteractionDataOption,
  type APIInteraction,
  type APIMessage,
  type APIModalSubmitInteraction,
  type APIUser,
  type ChannelFlags,
  type GuildFeature,
} from 'discord-api-types/v10';
import { flagBits } from './discord-enums.js';
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
 * Builds INTERACTION_CREATE payloads shaped like Discord's, for a guild channel or a DM with the
 * bot. Everything a library reads is present (member with permissions, channel object,
 * app_permissions, locale, entitlements, authorizing_integration_owners, context, version).
 */
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

export interface CommandInteractionSpec extends InteractionPlace {
  readonly kind: 'command';
  readonly name: string;
  readonly commandType?: ApplicationCommandType;
  readonly options?: readonly APIApplicationCommandInteractionDataOption[];
}

export interface AutocompleteInteractionSpec extends InteractionPlace {
  readonly kind: 'autocomplete';
  readonly name: string;
  /** Must contain exactly one option with `focused: true`, as Discord sends it. */
  readonly options: readonly APIApplicationCommandInteractionDataOption[];
}

export interface ComponentInteractionSpec extends InteractionPlace {
  readonly kind: 'component';
  readonly customId: string;
  /** Defaults to a button. */
  readonly componentType?: ComponentType;
  /** Selected values for select menus. */
  readonly values?: readonly string[];
  /** The message the component is on. Defaults to the newest message with components in the channel. */
  readonly message?: APIMessage;
}

export interface ModalSubmitInteractionSpec extends InteractionPlace {
  readonly kind: 'modal-submit';
  readonly customId: string;
  readonly components: APIModalSubmitInteraction['data']['components'];
}

export type InteractionSpec =
  | CommandInteractionSpec
  | AutocompleteInteractionSpec
  | ComponentInteractionSpec
  | ModalSubmitInteractionSpec;

export interface InteractionWorld {
  readonly applicationId: string;
  readonly guilds: readonly FixtureGuild[];
  readonly defaultUser: FixtureUser;
  nextId(): string;
  /** The registered command with this name, so `data.id` matches what the bot deployed. */
  commandId(name: string, type: ApplicationCommandType, guildId: string | null): string | undefined;
  /** Message for a component interaction when the spec did not pass one. */
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

export function buildInteraction(world: InteractionWorld, spec: InteractionSpec): BuiltInteraction {
  const id = world.nextId();
  const fixtureUser = spec.user ?? world.defaultUser;
  const user: APIUser = userObject(fixtureUser);
  const locale = spec.locale ?? Locale.EnglishUS;

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
  if (spec.dm === true) {
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
      spec.guildId === undefined
        ? world.guilds[0]
        : world.guilds.find((candidate) => candidate.id === spec.guildId);
    if (guild === undefined)
      throw new Error(`Unknown guild ${spec.guildId ?? '(no guilds configured)'}`);
    const channelIndex =
      spec.channelId === undefined
        ? 0
        : guild.channels.findIndex((channel) => channel.id === spec.channelId);
    const channel = guild.channels[channelIndex];
    if (channel === undefined)
      throw new Error(`Unknown channel ${spec.channelId ?? '(guild has no channels)'}`);
    guildId = guild.id;
    channelId = channel.id;
    Object.assign(base, {
      guild_id: guild.id,
      guild: { id: guild.id, locale: Locale.EnglishUS, features: [] as GuildFeature[] },
      guild_locale: Locale.EnglishUS,
      channel_id: channel.id,
      channel: textChannelObject(guild, channel, channelIndex),
      member: memberObject(user, spec.memberPermissions ?? DEFAULT_MEMBER_PERMISSIONS),
      context: InteractionContextType.Guild,
      authorizing_integration_owners: { [ApplicationIntegrationType.GuildInstall]: guild.id },
    });
  }

  switch (spec.kind) {
    case 'command':
    case 'autocomplete': {
      const commandType =
        spec.kind === 'command'
          ? (spec.commandType ?? ApplicationCommandType.ChatInput)
          : ApplicationCommandType.ChatInput;
      const guildCommandId =
        guildId === null ? undefined : world.commandId(spec.name, commandType, guildId);
      const commandId =
        guildCommandId ?? world.commandId(spec.name, commandType, null) ?? world.nextId();
      const data: Record<string, unknown> = { id: commandId, name: spec.name, type: commandType };
      if (spec.options !== undefined && spec.options.length > 0) data.options = spec.options;
      // Guild-scoped commands carry the guild id in their data; global ones do not.
      if (guildCommandId !== undefined && guildId !== null) data.guild_id = guildId;
      base.type =
        spec.kind === 'command'
          ? InteractionType.ApplicationCommand
          : InteractionType.ApplicationCommandAutocomplete;
      base.data = data;
      break;
    }
    case 'component': {
      const message = spec.message ?? world.componentMessage(channelId);
      if (message === undefined) {
        throw new Error(
          `No message with components in channel ${channelId}; pass one as \`message\``,
        );
      }
      const componentType = spec.componentType ?? ComponentType.Button;
      const data: Record<string, unknown> = {
        custom_id: spec.customId,
        component_type: componentType,
      };
      if (componentType !== ComponentType.Button) data.values = spec.values ?? [];
      base.type = InteractionType.MessageComponent;
      base.data = data;
      base.message = message;
      break;
    }
    case 'modal-submit':
      base.type = InteractionType.ModalSubmit;
      base.data = { custom_id: spec.customId, components: spec.components };
      break;
  }

  return { payload: base as unknown as APIInteraction, guildId, channelId };
}
