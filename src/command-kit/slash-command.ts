import {
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandAutocompleteResponse,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessageComponentInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

/**
 * What a file under commands/ exports. Handlers are pure and synchronous (an async one does not
 * compile); components whose custom_id starts with `${definition.name}:` go to `component`.
 */
export interface SlashCommand {
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly execute: (
    interaction: APIChatInputApplicationCommandInteraction,
  ) => APIInteractionResponse;
  readonly autocomplete?: (
    interaction: APIApplicationCommandAutocompleteInteraction,
  ) => APIApplicationCommandAutocompleteResponse;
  readonly component?: (interaction: APIMessageComponentInteraction) => APIInteractionResponse;
}

/** Installable to a server or a member's account; usable in servers, DMs and group DMs. */
export const USABLE_EVERYWHERE = {
  integration_types: [
    ApplicationIntegrationType.GuildInstall,
    ApplicationIntegrationType.UserInstall,
  ],
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
};

/** Stands in for a member whose id is missing or not a snowflake; it never owns a message. */
export const UNKNOWN_INVOKER = '0';

/** Discord ids are 64-bit snowflakes: 17 to 20 digits for anything made since 2015. */
const SNOWFLAKE = /^\d{17,20}$/;

/** `member` in a server, `user` in DMs; a non-snowflake (a `:`) would break custom_ids: unknown. */
export function invokerId(interaction: APIInteraction): string {
  const id: unknown = interaction.member?.user.id ?? interaction.user?.id;
  return typeof id === 'string' && SNOWFLAKE.test(id) ? id : UNKNOWN_INVOKER;
}
