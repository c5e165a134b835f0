import {
  ApplicationCommandOptionType,
  InteractionResponseType,
  type APIApplicationCommandOption,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessage,
} from 'discord-api-types/v10';
import { editedMessage, messageFromResponse } from '../../local-discord/message-from-response.js';
import {
  autocompleteInteraction,
  chatInputInteraction,
  LOCAL_CONTEXT,
} from './interaction-factory.js';
import { parseCommandLine, splitLine, type CommandDefinition } from './parse-command-line.js';
import { findPress, pressableLabels } from './press-component.js';
import { renderResponse } from './render-response.js';

export interface Answered {
  readonly response: APIInteractionResponse;
  /** Set by paths that really travel (the playground's local Discord and gateway bot), to be shown. */
  readonly roundTripMs?: number;
}

/** How the session gets a reply: async, so the playground's round trip can replace the core. */
export type AnswerInteraction = (interaction: APIInteraction) => Promise<Answered>;

interface SessionOptions {
  /** Also asked for film names on Tab, the way Discord's client asks the bot. */
  readonly answer: AnswerInteraction;
  readonly commands: readonly CommandDefinition[];
  /** One JSON line per input line on stdout, and nothing else there. */
  readonly json: boolean;
  readonly colour: boolean;
  /** Read per answer, so a resized terminal wraps to its new width. */
  readonly width?: () => number | undefined;
}

export const USAGE = [
  'Type slash commands as in Discord: `/montage rank:1`, `/montage film:rocky 4 hide:true`, `/montage`, `/help`.',
  'Options are `name:value`; a value runs to the next option, so it may hold spaces. Tab completes commands, options and film names.',
  'After a reply with buttons or a menu, type a label to use it (`Full ranking`, `#3 rocky`), or `press 2` for the second button, or `pick 2` for the menu option 2.',
  'Lines without `/` only press buttons. `?` shows this; Ctrl-D (or `exit`) quits.',
].join('\n');

const USAGE_WORDS = new Set(['?', '/?', 'help', '-h', '--help']);

/** One member talking to the bot; remembers the message whose controls can be pressed next. */
export class ConsoleSession {
  #current: APIMessage | undefined;

  constructor(private readonly options: SessionOptions) {}

  /** `undefined` for a blank line, which is skipped in every mode. */
  async answerLine(line: string) {
    const text = line.trim();
    if (text === '') return undefined;
    if (USAGE_WORDS.has(text.toLowerCase())) return { ...this.#refuse(USAGE), rejected: false };

    if (text.startsWith('/')) {
      const parsed = parseCommandLine(text, this.options.commands);
      if (!parsed.ok) return this.#refuse(parsed.problem);
      return this.#ask(chatInputInteraction(parsed.name, parsed.options));
    }

    const pressed = this.#current && findPress(text, this.#current);
    if (typeof pressed === 'string') return this.#refuse(pressed);
    if (pressed) return this.#ask(pressed.interaction, pressed.label);
    return this.#refuse(this.#hintFor(text));
  }

  /** Whole new lines to put in place of what was typed, each with how to show it in a list. */
  async complete(line: string) {
    if (!line.trimStart().startsWith('/')) {
      const typed = line.trim().toLowerCase();
      if (typed === '') return [];
      return pressableLabels(this.#current)
        .filter((label) => label.toLowerCase().startsWith(typed))
        .map((label) => ({ line: label, label }));
    }

    const typedName = /^\s*\/(\S*)$/.exec(line)?.[1];
    if (typedName !== undefined) {
      return this.options.commands
        .filter((command) => command.name.startsWith(typedName.toLowerCase()))
        .map(({ name, description }) => ({ line: `/${name} `, label: `/${name}  ${description}` }));
    }

    const { command, definitions, options } = splitLine(line, this.options.commands);
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
    if (!typingValue || !command) return [];

    const valueStart = line.indexOf(':', last.start) + 1;
    const before = line.slice(0, valueStart);
    const typed = line.slice(valueStart).trimStart();
    const choices = await this.#valueChoices(command.name, last.definition, typed);
    return choices.map((choice) => ({ line: `${before}${choice.value} `, label: choice.name }));
  }

  async #ask(interaction: APIInteraction, pressed?: string) {
    const answered = await this.options
      .answer(interaction)
      .catch((err: unknown) => (err instanceof Error ? err.message : String(err)));
    if (typeof answered === 'string') return this.#refuse(`No answer from the bot: ${answered}`);
    const edited = this.#current;
    this.#current = messageAfter(edited, answered.response);
    if (this.options.json) return { stdout: JSON.stringify(answered.response), rejected: false };

    const stdout = renderResponse(answered.response, {
      colour: this.options.colour,
      width: this.options.width?.(),
      roundTripMs: answered.roundTripMs,
      editedFlags: edited?.flags,
      pressed,
    });
    return { stdout, rejected: false };
  }

  /** `rejected`: refused before reaching the bot. */
  #refuse(problem: string) {
    if (this.options.json) return { stdout: JSON.stringify({ error: problem }), rejected: true };
    const { colour, width } = this.options;
    return { stdout: renderResponse(problem, { colour, width: width?.() }), rejected: true };
  }

  #hintFor(text: string): string {
    if (splitLine(`/${text}`, this.options.commands).command) {
      return `Commands start with \`/\`: try \`/${text}\`.`;
    }
    if (this.#current) {
      return `Nothing here is called “${text}”. Type a button or menu label, \`press 2\`, \`pick 2\`, or a command such as \`/montage rank:1\`.`;
    }
    return 'Commands start with `/`, e.g. `/montage rank:1` or `/help`. Type `?` for more.';
  }

  /** The bot's own autocomplete where the option has it, else its choices, else True and False. */
  async #valueChoices(command: string, definition: APIApplicationCommandOption, typed: string) {
    if ('autocomplete' in definition && definition.autocomplete) {
      const focused = { name: definition.name, value: typed };
      const { response } = await this.options.answer(autocompleteInteraction(command, focused));
      if (response.type !== InteractionResponseType.ApplicationCommandAutocompleteResult) return [];
      return (response.data.choices ?? []).map(({ name, value }) => ({
        name,
        value: String(value),
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
}

/** An update edits the message in place; a reply without controls leaves the last one pressable. */
function messageAfter(current: APIMessage | undefined, response: APIInteractionResponse) {
  if (response.type === InteractionResponseType.UpdateMessage && current) {
    return editedMessage(current, response.data ?? {});
  }
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) return current;
  if (!response.data.components?.length) return current;
  // The core never reads a pressed message's id, and the local Discord finds the message itself.
  return messageFromResponse(response.data, {
    id: '700000000000000007',
    channelId: LOCAL_CONTEXT.channelId,
    author: {
      id: LOCAL_CONTEXT.applicationId,
      username: 'Rocky Montages',
      discriminator: '0000',
      global_name: null,
      avatar: null,
      bot: true,
    },
    applicationId: LOCAL_CONTEXT.applicationId,
  });
}
