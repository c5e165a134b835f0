import {
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { definition, OPTIONS } from '../../../commands/montage/definition.js';
import type { InteractionHandler } from '../../core/handle-interaction.js';
import { chatInputInteraction } from '../console/interaction-factory.js';

const [RANK, FILM] = OPTIONS;

/**
 * The command the pages preview and the try box runs, read from its own definition so the pages
 * offer what Discord offers: the try box takes exactly as much text as Discord's client does.
 */
export const PREVIEWED = {
  command: definition.name,
  film: FILM.name,
  filmMaxLength: FILM.max_length,
} as const;

/** A slash command as a member would have typed it, the bot's answer, and maybe its anchor. */
export interface Answer {
  readonly typed: string;
  readonly response: APIInteractionResponse;
  readonly id?: string;
}

function ask(
  answer: InteractionHandler,
  options: APIApplicationCommandInteractionDataBasicOption[] = [],
): Answer {
  const name = PREVIEWED.command;
  const typed = [`/${name}`, ...options.map((option) => `${option.name}:${String(option.value)}`)];
  // Built as the console builds them, so the pages see exactly what a local run would.
  return { typed: typed.join(' '), response: answer(chatInputInteraction(name, options)) };
}

/** The ranking overview first, then every rank Discord's menu offers from #1, each anchored. */
export function previewAnswers(answer: InteractionHandler): Answer[] {
  const ranks = RANK.choices.map((choice) => choice.value).sort((a, b) => a - b);
  return [
    { id: 'ranking', ...ask(answer) },
    ...ranks.map((value) => ({
      id: `rank-${String(value)}`,
      ...ask(answer, [{ name: RANK.name, type: RANK.type, value }]),
    })),
  ];
}

export function filmAnswer(answer: InteractionHandler, film: string): Answer {
  return ask(answer, [{ name: FILM.name, type: FILM.type, value: film }]);
}
