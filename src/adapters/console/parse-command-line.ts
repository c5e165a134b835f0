import {
  ApplicationCommandOptionType,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandOption,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

export type CommandDefinition = RESTPostAPIChatInputApplicationCommandsJSONBody;
type DataOption = APIApplicationCommandInteractionDataBasicOption;

const BOOLEAN_WORDS = new Map(Object.entries({ true: true, yes: true, false: false, no: false }));
/** Shaped like an option name (Discord's are lowercase) followed by a value, e.g. `colour:red`. */
const OPTION_LIKE = /(?:^|\s)([\p{Ll}\p{N}_-]{1,32}):(?=[^\s/])/u;

const AND = new Intl.ListFormat('en-GB', { type: 'conjunction' });
const OR = new Intl.ListFormat('en-GB', { type: 'disjunction' });
const code = (text: string) => `\`${text}\``;
const normalise = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
const fail = (problem: string) => ({ ok: false, problem }) as const;

/**
 * Splits like Discord's client: a value runs to the next ` name:` of the command's own options, so
 * it may hold spaces and other `word:` text. `leading` (before any option) has nowhere to go.
 */
export function splitLine(line: string, commands: readonly CommandDefinition[]) {
  const head = /^\s*\/(\S*)/.exec(line);
  const command = commands.find((candidate) => candidate.name === head?.[1]?.toLowerCase());
  const definitions = command?.options ?? [];
  const restStart = head?.[0].length ?? 0;
  const rest = line.slice(restStart);
  // Discord's name pattern allows no regular-expression syntax, so names need no escaping.
  const names = definitions.map((option) => option.name).join('|');
  const found = names === '' ? [] : [...rest.matchAll(new RegExp(`(?<=^|\\s)(${names}):`, 'giu'))];
  const options = found.flatMap((match, i) => {
    const definition = definitions.find((option) => option.name === match[1]?.toLowerCase());
    const value = rest.slice(match.index + match[0].length, found[i + 1]?.index).trim();
    return definition ? [{ definition, value, start: restStart + match.index }] : [];
  });
  const leading = rest.slice(0, found[0]?.index).trim();
  return { typedName: head?.[1], command, definitions, leading, options };
}

/** Refuses what Discord's client would; an unknown command passes through for the bot to answer. */
export function parseCommandLine(line: string, commands: readonly CommandDefinition[]) {
  const split = splitLine(line, commands);
  const { typedName, command } = split;
  if (!typedName) return fail('Type a command after `/`, e.g. `/montage` or `/help`.');
  if (!command) return { ok: true as const, name: typedName, options: [] };

  const problem =
    unknownOptionProblem(command, split.leading) ??
    leadingProblem(command, split.leading) ??
    split.options.map((typed) => unknownOptionProblem(command, typed.value)).find(Boolean);
  if (problem) return fail(problem);

  const options: DataOption[] = [];
  for (const { definition, value } of split.options) {
    if (options.some((option) => option.name === definition.name)) {
      return fail(`${code(definition.name)} is given twice; each option can be used once.`);
    }
    const converted = convertValue(definition, value);
    if (typeof converted === 'string') return fail(converted);
    options.push(converted);
  }
  return { ok: true as const, name: command.name, options };
}

function leadingProblem(command: CommandDefinition, leading: string): string | undefined {
  if (leading === '') return undefined;
  const definitions = command.options ?? [];
  if (definitions.length === 0) return `${code(`/${command.name}`)} takes no options.`;
  // Offer the lines that would work, so `/montage 4` teaches `film:4` or `rank:4`.
  const fits = definitions
    .filter((option) => typeof convertValue(option, leading) !== 'string')
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
  const names = (command.options ?? []).map((option) => code(`${option.name}:`));
  return names.length === 0 ? 'no options' : AND.format(names);
}

/** Only the kinds our commands declare: an integer from its choices, free text, True or False. */
function convertValue(definition: APIApplicationCommandOption, value: string): DataOption | string {
  const name = code(definition.name);
  if (value === '') return `${name} needs a value after ${code(`${definition.name}:`)}.`;

  if (definition.type === ApplicationCommandOptionType.Integer && 'choices' in definition) {
    // By its value or, as a convenience, by its name (`rank:#2 · Rocky IV (1985)`).
    const wanted = normalise(value);
    const chosen =
      definition.choices.find((choice) => normalise(String(choice.value)) === wanted) ??
      definition.choices.find((choice) => normalise(choice.name) === wanted);
    if (chosen === undefined) {
      const values = OR.format(definition.choices.map((choice) => String(choice.value)));
      return `${name} must be one of its choices: ${values} (Tab lists them).`;
    }
    return { name: definition.name, type: definition.type, value: chosen.value };
  }
  if (definition.type === ApplicationCommandOptionType.String && !('choices' in definition)) {
    if (definition.max_length !== undefined && value.length > definition.max_length) {
      return `${name} must be ${definition.max_length} characters or fewer.`;
    }
    return { name: definition.name, type: definition.type, value };
  }
  if (definition.type === ApplicationCommandOptionType.Boolean) {
    const truth = BOOLEAN_WORDS.get(value.toLowerCase());
    if (truth === undefined) return `${name} must be True or False (yes and no work too).`;
    return { name: definition.name, type: definition.type, value: truth };
  }
  return `${name}: the local console cannot send this option type.`;
}
