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
 * What a file under commands/ exports. Handlers are pure and synchronous: an interaction in, a
 * response out (a Promise is not an APIInteractionResponse, so an async handler does not compile).
 * Components whose custom_id starts with `${definition.name}:` are routed to `component`.
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

/** Installable to a server or to a member's account ("user app"). */
export const EVERY_INSTALL = [
  ApplicationIntegrationType.GuildInstall,
  ApplicationIntegrationType.UserInstall,
] as const;

/** Usable in servers, in DMs with the bot, and in other DMs and group DMs (as a user app). */
export const EVERY_CONTEXT = [
  InteractionContextType.Guild,
  InteractionContextType.BotDM,
  InteractionContextType.PrivateChannel,
] as const;

/** In a server the user sits inside `member`; in DMs and group DMs it is `user`. */
export function invokerId(interaction: APIInteraction): string {
  return interaction.member?.user.id ?? interaction.user?.id ?? '0';
}
