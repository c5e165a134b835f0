import {
  InteractionResponseType,
  MessageFlags,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessage,
} from 'discord-api-types/v10';
import { editedMessage, messageFromResponse } from '../../local-discord/message-from-response.js';
import { completeLine, type Completion } from './complete-line.js';
import { chatInputInteraction, LOCAL_CONTEXT } from './interaction-factory.js';
import { findCommand, parseCommandLine, type CommandDefinition } from './parse-command-line.js';
import { messageControls } from '../../render/message-parts.js';
import { findPress } from './press-component.js';
import { renderResponse, renderText } from './render-response.js';
import { terminalStyle } from './terminal-style.js';

export interface Answered {
  readonly response: APIInteractionResponse;
  /** Set by paths that really travel (the playground's local Discord and gateway bot), to be shown. */
  readonly roundTripMs?: number;
}

/** How the session gets a reply: async, so the playground's round trip can replace the core. */
export type AnswerInteraction = (interaction: APIInteraction) => Promise<Answered>;

export interface SessionOptions {
  readonly answer: AnswerInteraction;
  readonly commands: readonly CommandDefinition[];
  /** One JSON line per input line on stdout, and nothing else there. */
  readonly json: boolean;
  readonly colour: boolean;
  /** Read per answer, so a resized terminal wraps to its new width. */
  readonly width?: () => number | undefined;
}

/** What one line produced. `rejected` marks lines refused before reaching the bot. */
export interface LineOutcome {
  readonly stdout: string;
  readonly rejected: boolean;
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
  async answerLine(line: string): Promise<LineOutcome | undefined> {
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
    if (pressed) return this.#ask(pressed.interaction, `▸ ${pressed.label}`);
    return this.#refuse(this.#hintFor(text));
  }

  complete(line: string): Promise<Completion[]> {
    return completeLine(line, {
      ...this.options,
      controls: messageControls(this.#current?.components),
    });
  }

  async #ask(interaction: APIInteraction, pressedNote?: string): Promise<LineOutcome> {
    let answered: Answered;
    try {
      answered = await this.options.answer(interaction);
    } catch (err) {
      return this.#refuse(
        `No answer from the bot: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    const edited = this.#current;
    this.#current = messageAfter(edited, answered.response);
    if (this.options.json) return { stdout: JSON.stringify(answered.response), rejected: false };

    const rendered = renderResponse(answered.response, {
      colour: this.options.colour,
      width: this.options.width?.(),
      roundTripMs: answered.roundTripMs,
      updatesEphemeral: ((edited?.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
    });
    const note = pressedNote ? `${terminalStyle(this.options.colour).dim(pressedNote)}\n` : '';
    return { stdout: `${note}${rendered}`, rejected: false };
  }

  #refuse(problem: string): LineOutcome {
    if (this.options.json) return { stdout: JSON.stringify({ error: problem }), rejected: true };
    const { colour, width } = this.options;
    return { stdout: renderText(problem, { colour, width: width?.() }), rejected: true };
  }

  #hintFor(text: string): string {
    const firstWord = text.split(/\s/)[0] ?? '';
    if (findCommand(firstWord, this.options.commands)) {
      return `Commands start with \`/\`: try \`/${text}\`.`;
    }
    if (this.#current) {
      return `Nothing here is called “${text}”. Type a button or menu label, \`press 2\`, \`pick 2\`, or a command such as \`/montage rank:1\`.`;
    }
    return 'Commands start with `/`, e.g. `/montage rank:1` or `/help`. Type `?` for more.';
  }
}

let messageCounter = 0;

/**
 * An update (type 7) edits the current message in place, as Discord does; a reply without
 * controls leaves the earlier message pressable, as scrolling up would.
 */
function messageAfter(
  current: APIMessage | undefined,
  response: APIInteractionResponse,
): APIMessage | undefined {
  if (response.type === InteractionResponseType.UpdateMessage && current) {
    return editedMessage(current, response.data ?? {});
  }
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) return current;
  if (!response.data.components?.length) return current;
  messageCounter += 1;
  return messageFromResponse(response.data, {
    id: String(700000000000000000n + BigInt(messageCounter)),
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
