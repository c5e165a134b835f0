import {
  ApplicationCommandOptionType,
  ApplicationCommandType,
  ChannelType,
  ComponentType,
  InteractionContextType,
  InteractionType,
  Locale,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandInteraction,
  type APIMessage,
  type APIMessageComponentInteraction,
} from 'discord-api-types/v10';

/** Interactions shaped like Discord's, for the console and tests; fixed ids keep output stable. */
export const LOCAL_CONTEXT = {
  user: {
    id: '100000000000000001',
    username: 'local-member',
    discriminator: '0',
    global_name: 'Local Member',
    avatar: null,
  },
  guildId: '200000000000000002',
  channelId: '300000000000000003',
  applicationId: '400000000000000004',
};

export type LocalContext = typeof LOCAL_CONTEXT;

const COMMAND_ID = '600000000000000006';
let counter = 0;

function base(context: LocalContext) {
  // Typed by the builders below, which check the result against discord-api-types.
  counter += 1;
  const id = String(500000000000000000n + BigInt(counter));
  return {
    id,
    application_id: context.applicationId,
    token: `local-interaction-token-${id}`,
    version: 1 as const,
    locale: Locale.EnglishUS,
    guild_locale: Locale.EnglishUS,
    guild_id: context.guildId,
    channel_id: context.channelId,
    channel: { id: context.channelId, type: ChannelType.GuildText as const, name: 'rocky-talk' },
    member: {
      user: context.user,
      roles: [],
      joined_at: '2020-05-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      permissions: '2048',
    },
    app_permissions: '2048',
    entitlements: [],
    authorizing_integration_owners: { '0': context.guildId },
    context: InteractionContextType.Guild,
    attachment_size_limit: 10_485_760,
  };
}

export function chatInputInteraction(
  name: string,
  options: APIApplicationCommandInteractionDataBasicOption[] = [],
  context: LocalContext = LOCAL_CONTEXT,
): APIChatInputApplicationCommandInteraction {
  const data = { id: COMMAND_ID, name, type: ApplicationCommandType.ChatInput as const, options };
  return { ...base(context), type: InteractionType.ApplicationCommand, data };
}

export function autocompleteInteraction(
  name: string,
  focused: { readonly name: string; readonly value: string },
  context: LocalContext = LOCAL_CONTEXT,
): APIApplicationCommandAutocompleteInteraction {
  const option = { ...focused, type: ApplicationCommandOptionType.String as const, focused: true };
  const data = { id: COMMAND_ID, name, type: ApplicationCommandType.ChatInput as const };
  return {
    ...base(context),
    type: InteractionType.ApplicationCommandAutocomplete,
    data: { ...data, options: [option] },
  };
}

export function buttonInteraction(
  customId: string,
  message: APIMessage,
  context: LocalContext = LOCAL_CONTEXT,
): APIMessageComponentInteraction {
  const data = { custom_id: customId, component_type: ComponentType.Button } as const;
  return { ...base(context), type: InteractionType.MessageComponent, message, data };
}

export function selectInteraction(
  customId: string,
  values: string[],
  message: APIMessage,
  context: LocalContext = LOCAL_CONTEXT,
): APIMessageComponentInteraction {
  const data = { custom_id: customId, component_type: ComponentType.StringSelect, values } as const;
  return { ...base(context), type: InteractionType.MessageComponent, message, data };
}
