import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  type APIApplicationCommandAutocompleteResponse,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { closest, distance } from 'fastest-levenshtein';
import { COMMANDS } from '../../commands/index.js';
import { notice, staleControlNotice } from '../render/interaction-responses.js';
import type { SlashCommand } from './slash-command.js';

const commandsByName: ReadonlyMap<string, SlashCommand> = new Map(
  COMMANDS.map((command) => [command.definition.name, command]),
);

const NO_CHOICES: APIApplicationCommandAutocompleteResponse = {
  type: InteractionResponseType.ApplicationCommandAutocompleteResult,
  data: { choices: [] },
};

/**
 * The whole bot as one pure function: a Discord interaction in, the interaction response out.
 * Every front door (gateway, HTTP endpoint, console) is a thin adapter over this. It never throws:
 * whatever arrives gets exactly one polite answer.
 */
export function handleInteraction(interaction: APIInteraction): APIInteractionResponse {
  try {
    return route(interaction);
  } catch {
    // A bug must cost one apology, not the interaction: Discord shows "did not respond" otherwise.
    return interaction.type === InteractionType.ApplicationCommandAutocomplete
      ? NO_CHOICES
      : notice('Sorry, something went wrong on my side while answering that. Please try again.');
  }
}

function route(interaction: APIInteraction): APIInteractionResponse {
  switch (interaction.type) {
    case InteractionType.Ping:
      return { type: InteractionResponseType.Pong };

    case InteractionType.ApplicationCommand: {
      const command = commandsByName.get(interaction.data.name);
      if (!command) return unknownCommand(interaction.data.name);
      if (interaction.data.type !== ApplicationCommandType.ChatInput) {
        return notice('That kind of command is not supported here. Try `/montage` or `/help`.');
      }
      return command.execute({ ...interaction, data: interaction.data });
    }

    case InteractionType.ApplicationCommandAutocomplete: {
      const command = commandsByName.get(interaction.data.name);
      return command?.autocomplete?.(interaction) ?? NO_CHOICES;
    }

    case InteractionType.MessageComponent: {
      const [owner = ''] = interaction.data.custom_id.split(':');
      const command = commandsByName.get(owner);
      if (!command?.component) {
        return staleControlNotice();
      }
      return command.component(interaction);
    }

    case InteractionType.ModalSubmit:
      return notice('That form is not one of mine. Try `/montage` or `/help`.');
  }
}

/** Edits within which an unknown name is taken for a typo of a real one ("monatge"). */
const TYPO_DISTANCE = 2;

function unknownCommand(name: string): APIInteractionResponse {
  const known = [...commandsByName.keys()];
  const nearest = closest(name, known);
  const hint =
    distance(name, nearest) <= TYPO_DISTANCE
      ? `Did you mean \`/${nearest}\`?`
      : `Try ${known.map((command) => `\`/${command}\``).join(' or ')}.`;
  // Markdown escapes would show inside a code span; command names only hold [-_\p{L}\p{N}].
  const shown = name.replace(/[^-_\p{L}\p{N}]/gu, '').slice(0, 32);
  return notice(`I don't know \`/${shown}\`; my commands may have changed. ${hint}`);
}
