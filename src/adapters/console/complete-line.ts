import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  type APIApplicationCommandOption,
} from 'discord-api-types/v10';
import type { AnswerInteraction } from './console-session.js';
import { autocompleteInteraction } from './interaction-factory.js';
import type { MessageControls } from '../../render/message-parts.js';
import { splitLine, type CommandDefinition } from './parse-command-line.js';
import { pressableLabels } from './press-component.js';

/** A whole new line to put in place of what was typed, and how to show it in a list. */
export interface Completion {
  readonly line: string;
  readonly label: string;
}

export interface CompletionSources {
  readonly commands: readonly CommandDefinition[];
  /** Film names and the like come from the bot itself, the way Discord's client asks for them. */
  readonly answer: AnswerInteraction;
  /** The controls on the current message, so Tab can finish a button's label. */
  readonly controls?: MessageControls;
}

export async function completeLine(
  line: string,
  sources: CompletionSources,
): Promise<Completion[]> {
  if (!line.trimStart().startsWith('/')) {
    const typed = line.trim().toLowerCase();
    if (!sources.controls || typed === '') return [];
    return pressableLabels(sources.controls)
      .filter((label) => label.toLowerCase().startsWith(typed))
      .map((label) => ({ line: label, label }));
  }

  const typedName = /^\s*\/(\S*)$/.exec(line)?.[1];
  if (typedName !== undefined) {
    return sources.commands
      .filter((command) => command.name.startsWith(typedName.toLowerCase()))
      .map((command) => ({
        line: `/${command.name} `,
        label: `/${command.name}  ${command.description}`,
      }));
  }

  const { command, definitions, options } = splitLine(line, sources.commands);
  if (!command) return [];
  const unused = definitions.filter(
    (option) => !options.some((typed) => typed.definition === option),
  );
  const word = /(\S*)$/.exec(line)?.[1] ?? '';
  const last = options.at(-1);
  const typingValue = last !== undefined && (word !== '' || last.value === '');

  const names = unused.filter((option) => !word.includes(':') && option.name.startsWith(word));
  if (names.length > 0 && (word !== '' || !typingValue)) {
    const before = line.slice(0, line.length - word.length);
    return names.map((option) => ({
      line: `${before}${option.name}:`,
      label: `${option.name}:  ${option.description}`,
    }));
  }
  if (!typingValue) return [];

  const valueStart = line.indexOf(':', last.start) + 1;
  const before = line.slice(0, valueStart);
  const typed = line.slice(valueStart).trimStart();
  const choices = await valueChoices(command.name, last.definition, typed, sources.answer);
  return choices.map((choice) => ({ line: `${before}${choice.value} `, label: choice.name }));
}

/** The bot's own autocomplete where the option has it, else its choices, else True and False. */
async function valueChoices(
  commandName: string,
  definition: APIApplicationCommandOption,
  typed: string,
  answer: AnswerInteraction,
): Promise<{ readonly name: string; readonly value: string }[]> {
  if ('autocomplete' in definition && definition.autocomplete) {
    const { response } = await answer(
      autocompleteInteraction(commandName, { name: definition.name, value: typed }),
    );
    if (response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) return [];
    return (response.data.choices ?? []).map((choice) => ({
      name: choice.name,
      value: String(choice.value),
    }));
  }
  const choices =
    'choices' in definition
      ? definition.choices.map((choice) => ({
          name: `${String(choice.value)}  ${choice.name}`,
          value: String(choice.value),
        }))
      : definition.type === ApplicationCommandOptionType.Boolean
        ? ['True', 'False'].map((word) => ({ name: word, value: word }))
        : [];
  return choices.filter((choice) => choice.value.toLowerCase().startsWith(typed.toLowerCase()));
}
