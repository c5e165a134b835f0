import {
  ApplicationCommandOptionType,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandOption,
  type APIApplicationCommandOptionChoice,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;
type DataOption = APIApplicationCommandInteractionDataBasicOption;

export type ParsedCommandLine =
  | { readonly ok: true; readonly name: string; readonly options: DataOption[] }
  | { readonly ok: false; readonly problem: string };

/** One `name:value` the member typed; `start` is where `name` begins in the line. */
export interface TypedOption {
  readonly name: string;
  readonly value: string;
  readonly start: number;
}

export interface SplitLine {
  readonly command: string;
  /** Text between the command and its first option: Discord's client has nowhere to put it. */
  readonly leading: string;
  readonly options: readonly TypedOption[];
}

const TRUE_WORDS = new Set(['true', 'yes']);
const FALSE_WORDS = new Set(['false', 'no']);
/** Shaped like an option name (Discord's are lowercase) followed by a value, e.g. `colour:red`. */
const OPTION_LIKE = /(?:^|\s)([\p{Ll}\p{N}_-]{1,32}):(?=[^\s/])/u;

const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const OR = new Intl.ListFormat('en-GB', { type: 'disjunction' });
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const code = (text: string) => `\`${text}\``;
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

export function findCommand(
  name: string,
  commands: readonly CommandDefinition[],
): CommandDefinition | undefined {
  const wanted = name.toLowerCase();
  return commands.find((command) => command.name === wanted);
}

export function basicOptions(command: CommandDefinition): APIApplicationCommandBasicOption[] {
  return (command.options ?? []).filter(isBasic);
}

function isBasic(option: APIApplicationCommandOption): option is APIApplicationCommandBasicOption {
  return (
    option.type !== ApplicationCommandOptionType.Subcommand &&
    option.type !== ApplicationCommandOptionType.SubcommandGroup
  );
}

/**
 * Splits like Discord's client: a value runs until the next ` name:` of one of the command's own
 * options, so values may hold spaces (`film:rocky balboa`). Other `word:` text stays in the value.
 */
export function splitLine(line: string, optionNames: readonly string[]): SplitLine {
  const body = line.replace(/^\s*\//, '');
  const command = /^\S*/.exec(body)?.[0] ?? '';
  const restStart = line.length - body.length + command.length;
  const rest = line.slice(restStart);
  if (optionNames.length === 0) return { command, leading: rest.trim(), options: [] };

  const names = optionNames.map(escapeRegExp).join('|');
  const marker = new RegExp(`(?<=^|\\s)(${names}):`, 'giu');
  const found = [...rest.matchAll(marker)];
  const options = found.map((match, i) => {
    const valueStart = match.index + match[0].length;
    const valueEnd = found[i + 1]?.index ?? rest.length;
    return {
      name: (match[1] ?? '').toLowerCase(),
      value: rest.slice(valueStart, valueEnd).trim(),
      start: restStart + match.index,
    };
  });
  const leading = rest.slice(0, found[0]?.index ?? rest.length).trim();
  return { command, leading, options };
}

/**
 * Turns `/name option:value …` into the options Discord would send, or says what Discord's client
 * would refuse, so a bad line never reaches the bot. Unknown commands pass through untouched:
 * answering them is the bot's job.
 */
export function parseCommandLine(
  line: string,
  commands: readonly CommandDefinition[],
): ParsedCommandLine {
  const typedName = /^\s*\/(\S*)/.exec(line)?.[1];
  if (typedName === undefined) return fail('Commands start with `/`, e.g. `/montage rank:1`.');
  if (typedName === '') return fail('Type a command after `/`, e.g. `/montage` or `/help`.');

  const command = findCommand(typedName, commands);
  if (!command) return { ok: true, name: typedName, options: [] };
  if ((command.options ?? []).some((option) => !isBasic(option))) {
    return fail(`The local console cannot run ${code(`/${command.name}`)}: it has subcommands.`);
  }

  const definitions = basicOptions(command);
  const split = splitLine(
    line,
    definitions.map((option) => option.name),
  );
  const problem =
    leadingProblem(command, split.leading) ??
    split.options.map((typed) => unknownOptionProblem(command, typed.value)).find(Boolean);
  if (problem) return fail(problem);

  const options: DataOption[] = [];
  for (const typed of split.options) {
    const definition = definitions.find((option) => option.name === typed.name);
    if (!definition) continue;
    if (options.some((option) => option.name === definition.name)) {
      return fail(`${code(definition.name)} is given twice; each option can be used once.`);
    }
    const converted = convertValue(definition, typed.value);
    if (!converted.ok) return converted;
    options.push(converted.option);
  }

  const missing = definitions.find(
    (option) => option.required === true && !options.some((given) => given.name === option.name),
  );
  if (missing) return fail(`${code(`/${command.name}`)} needs ${code(`${missing.name}:`)}.`);
  return { ok: true, name: command.name, options };
}

function fail(problem: string): { readonly ok: false; readonly problem: string } {
  return { ok: false, problem };
}

function leadingProblem(command: CommandDefinition, leading: string): string | undefined {
  if (leading === '') return undefined;
  const unknown = unknownOptionProblem(command, leading);
  if (unknown) return unknown;
  const definitions = basicOptions(command);
  if (definitions.length === 0) return `${code(`/${command.name}`)} takes no options.`;
  // Offer the lines that would work, so `/montage 4` teaches `film:4` or `rank:4`.
  const fits = definitions
    .filter((option) => convertValue(option, leading).ok)
    .map((option) => code(`/${command.name} ${option.name}:${leading}`));
  const example = fits.length > 0 ? ` Did you mean ${fits.join(' or ')}?` : '';
  return `Options are written ${code('name:value')}; ${code(`/${command.name}`)} has ${optionList(command)}.${example}`;
}

function unknownOptionProblem(command: CommandDefinition, text: string): string | undefined {
  const name = OPTION_LIKE.exec(text)?.[1];
  if (name === undefined) return undefined;
  return `${code(`/${command.name}`)} has no option ${code(name)}; it has ${optionList(command)}.`;
}

function optionList(command: CommandDefinition): string {
  const names = basicOptions(command).map((option) => code(`${option.name}:`));
  return names.length === 0 ? 'no options' : AND.format(names);
}

type Converted =
  | { readonly ok: true; readonly option: DataOption }
  | { readonly ok: false; readonly problem: string };

function convertValue(definition: APIApplicationCommandBasicOption, value: string): Converted {
  const name = code(definition.name);
  if (value === '') return fail(`${name} needs a value after ${code(`${definition.name}:`)}.`);

  switch (definition.type) {
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const isInteger = definition.type === ApplicationCommandOptionType.Integer;
      const choices = 'choices' in definition ? definition.choices : undefined;
      const number = choices ? choiceValue(choices, value) : parseNumber(value, isInteger);
      if (number === undefined) {
        return fail(
          choices
            ? `${name} must be one of its choices: ${choiceList(choices)} (Tab lists them).`
            : `${name}: Input a valid ${isInteger ? 'integer' : 'number'}.`,
        );
      }
      if (definition.min_value !== undefined && number < definition.min_value) {
        return fail(`${name} must be at least ${definition.min_value}.`);
      }
      if (definition.max_value !== undefined && number > definition.max_value) {
        return fail(`${name} must be at most ${definition.max_value}.`);
      }
      return {
        ok: true,
        option: { name: definition.name, type: definition.type, value: number },
      };
    }

    case ApplicationCommandOptionType.String: {
      const choices = 'choices' in definition ? definition.choices : undefined;
      const text = choices ? choiceValue(choices, value) : value;
      if (text === undefined) {
        return fail(`${name} must be one of its choices: ${choiceList(choices ?? [])}.`);
      }
      const length = text.length;
      if (definition.max_length !== undefined && length > definition.max_length) {
        return fail(`${name} must be ${definition.max_length} characters or fewer.`);
      }
      if (definition.min_length !== undefined && length < definition.min_length) {
        return fail(`${name} must be at least ${definition.min_length} characters.`);
      }
      return { ok: true, option: { name: definition.name, type: definition.type, value: text } };
    }

    case ApplicationCommandOptionType.Boolean: {
      const word = value.toLowerCase();
      if (!TRUE_WORDS.has(word) && !FALSE_WORDS.has(word)) {
        return fail(`${name} must be True or False (yes and no work too).`);
      }
      return {
        ok: true,
        option: { name: definition.name, type: definition.type, value: TRUE_WORDS.has(word) },
      };
    }

    default:
      // Users, channels, roles and attachments are picked from Discord's UI, which has no text form.
      return fail(`${name} is picked in Discord's own menus; the local console cannot fill it in.`);
  }
}

function parseNumber(value: string, integer: boolean): number | undefined {
  const pattern = integer ? /^[+-]?\d+$/ : /^[+-]?(\d+\.?\d*|\.\d+)$/;
  if (!pattern.test(value)) return undefined;
  const number = Number(value);
  // Discord's client refuses integers it cannot send exactly.
  return Number.isSafeInteger(number) || (!integer && Number.isFinite(number)) ? number : undefined;
}

/** A choice by its value or, as a convenience, by its name (`rank:#2 · Rocky IV (1985)`). */
function choiceValue<T extends string | number>(
  choices: readonly APIApplicationCommandOptionChoice<T>[],
  typed: string,
): T | undefined {
  const wanted = normalise(typed);
  const chosen =
    choices.find((choice) => normalise(String(choice.value)) === wanted) ??
    choices.find((choice) => normalise(choice.name) === wanted);
  return chosen?.value;
}

function choiceList(choices: readonly APIApplicationCommandOptionChoice[]): string {
  return OR.format(choices.map((choice) => String(choice.value)));
}
