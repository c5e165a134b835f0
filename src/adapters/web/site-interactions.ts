import {
  ApplicationCommandOptionType,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIInteractionResponse,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import type { InteractionHandler } from '../../core/handle-interaction.js';
import { chatInputInteraction } from '../console/interaction-factory.js';

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The command the pages preview and the try box runs, and the two options they use. */
export const PREVIEWED = { command: 'montage', rank: 'rank', film: 'film' } as const;

export interface PreviewedCommand {
  /** Every rank Discord's menu offers, in the order the definition lists them. */
  readonly ranks: readonly number[];
  /** The film option's max_length: the try box allows exactly what Discord's client allows. */
  readonly filmMaxLength: number;
}

/** Read from the command's own definition, so the pages offer what Discord offers. */
export function previewedCommand(commands: readonly CommandDefinition[]): PreviewedCommand {
  const options = commands.find((command) => command.name === PREVIEWED.command)?.options ?? [];
  const rank = options.find((option) => option.name === PREVIEWED.rank);
  const film = options.find((option) => option.name === PREVIEWED.film);
  if (
    rank?.type !== ApplicationCommandOptionType.Integer ||
    film?.type !== ApplicationCommandOptionType.String
  ) {
    throw new Error(
      `The web pages need /${PREVIEWED.command} with an integer ${PREVIEWED.rank} and a text ${PREVIEWED.film} option`,
    );
  }
  return {
    ranks: (rank.choices ?? []).map((choice) => choice.value),
    filmMaxLength: film.max_length ?? 6000,
  };
}

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

/** The ranking overview first, then every rank from #1, each with its anchor on the home page. */
export function previewAnswers(answer: InteractionHandler, command: PreviewedCommand): Answer[] {
  const ranks = [...command.ranks].sort((a, b) => a - b);
  return [
    { id: 'ranking', ...ask(answer) },
    ...ranks.map((value) => ({
      id: `rank-${String(value)}`,
      ...ask(answer, [{ name: PREVIEWED.rank, type: ApplicationCommandOptionType.Integer, value }]),
    })),
  ];
}

export function filmAnswer(answer: InteractionHandler, film: string): Answer {
  return ask(answer, [
    { name: PREVIEWED.film, type: ApplicationCommandOptionType.String, value: film },
  ]);
}
