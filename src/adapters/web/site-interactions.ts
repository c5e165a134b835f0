import {
  ApplicationCommandOptionType,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIChatInputApplicationCommandInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';
import { chatInputInteraction } from '../console/interaction-factory.js';

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;

/** The command the pages preview and the try box runs, and the two options they use. */
const PREVIEWED = { command: 'montage', rank: 'rank', film: 'film' } as const;

export interface PreviewedCommand {
  readonly name: string;
  /** Every rank Discord's menu offers, in the order the definition lists them. */
  readonly ranks: readonly number[];
  readonly filmOption: string;
  /** The film option's max_length: the try box allows exactly what Discord's client allows. */
  readonly filmMaxLength: number;
}

/** Read from the command's own definition, so the pages offer what Discord offers. */
export function previewedCommand(commands: readonly CommandDefinition[]): PreviewedCommand {
  const command = commands.find((definition) => definition.name === PREVIEWED.command);
  const options = command?.options ?? [];
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
    name: PREVIEWED.command,
    ranks: (rank.choices ?? []).map((choice) => choice.value),
    filmOption: film.name,
    filmMaxLength: film.max_length ?? 6000,
  };
}

/** A slash command as a member would have typed it, and the interaction Discord would send. */
export interface Invocation {
  readonly typed: string;
  readonly interaction: APIChatInputApplicationCommandInteraction;
}

function invoke(
  name: string,
  options: APIApplicationCommandInteractionDataBasicOption[],
): Invocation {
  const typed = [`/${name}`, ...options.map((option) => `${option.name}:${String(option.value)}`)];
  // Built as the console builds them, so the pages see exactly what a local run would.
  return { typed: typed.join(' '), interaction: chatInputInteraction(name, options) };
}

export function rankingInvocation(command: PreviewedCommand): Invocation {
  return invoke(command.name, []);
}

export function rankInvocation(command: PreviewedCommand, rank: number): Invocation {
  return invoke(command.name, [
    { name: PREVIEWED.rank, type: ApplicationCommandOptionType.Integer, value: rank },
  ]);
}

export function filmInvocation(command: PreviewedCommand, film: string): Invocation {
  return invoke(command.name, [
    { name: command.filmOption, type: ApplicationCommandOptionType.String, value: film },
  ]);
}
