import type {
  APIApplicationCommandAutocompleteInteraction,
  APIApplicationCommandAutocompleteResponse,
  APIChatInputApplicationCommandInteraction,
  APIInteractionResponse,
  APIMessageComponentInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

/**
 * What a file under commands/ exports. Handlers are pure: an interaction in, a response out.
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
