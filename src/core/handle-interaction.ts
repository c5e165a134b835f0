import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  type APIApplicationCommandAutocompleteResponse,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { closest, distance } from 'fastest-levenshtein';
import type { SlashCommand } from '../command-kit/slash-command.js';
import { notice, staleControlNotice } from '../render/interaction-responses.js';

/** The bot as every front door sees it; synchronous, so a reply never waits on I/O. */
export type InteractionHandler = (interaction: APIInteraction) => APIInteractionResponse;

const NO_CHOICES: APIApplicationCommandAutocompleteResponse = {
  type: InteractionResponseType.ApplicationCommandAutocompleteResult,
  data: { choices: [] },
};

/** Edits within which an unknown name is taken for a typo of a real one ("monatge"). */
const TYPO_DISTANCE = 2;

/** The whole bot as one pure function over the given commands; whatever arrives gets one answer. */
export function createInteractionHandler(commands: readonly SlashCommand[]): InteractionHandler {
  const commandsByName = new Map(commands.map((command) => [command.definition.name, command]));
  const known = [...commandsByName.keys()];
  const tryCommands = `Try ${known.map((name) => `\`/${name}\``).join(' or ')}.`;
  // A control nobody owns any more is renewed by running a command that has controls.
  const withControls = commands.find((command) => command.component) ?? commands[0];
  const renewWith = withControls?.definition.name ?? '';

  function unknownCommand(name: string): APIInteractionResponse {
    const nearest = closest(name, known);
    const hint =
      distance(name, nearest) <= TYPO_DISTANCE ? `Did you mean \`/${nearest}\`?` : tryCommands;
    // Markdown escapes would show inside a code span; command names only hold [-_\p{L}\p{N}].
    const shown = name.replace(/[^-_\p{L}\p{N}]/gu, '').slice(0, 32);
    return notice(`I don’t know \`/${shown}\`; my commands may have changed. ${hint}`);
  }

  function route(interaction: APIInteraction): APIInteractionResponse {
    switch (interaction.type) {
      case InteractionType.Ping:
        return { type: InteractionResponseType.Pong };

      case InteractionType.ApplicationCommand: {
        const command = commandsByName.get(interaction.data.name);
        if (!command) return unknownCommand(interaction.data.name);
        if (interaction.data.type !== ApplicationCommandType.ChatInput) {
          return notice(`That kind of command is not supported here. ${tryCommands}`);
        }
        return command.execute({ ...interaction, data: interaction.data });
      }

      case InteractionType.ApplicationCommandAutocomplete:
        return commandsByName.get(interaction.data.name)?.autocomplete?.(interaction) ?? NO_CHOICES;

      case InteractionType.MessageComponent: {
        const [owner = ''] = interaction.data.custom_id.split(':');
        return commandsByName.get(owner)?.component?.(interaction) ?? staleControlNotice(renewWith);
      }

      case InteractionType.ModalSubmit:
        return notice(`That form is not one of mine. ${tryCommands}`);
    }
  }

  return (interaction) => {
    try {
      return route(interaction);
    } catch {
      // A bug must cost one apology, not the interaction: Discord shows "did not respond" otherwise.
      return interaction.type === InteractionType.ApplicationCommandAutocomplete
        ? NO_CHOICES
        : notice('Sorry, something went wrong on my side while answering that. Please try again.');
    }
  };
}
