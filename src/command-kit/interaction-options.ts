import {
  ApplicationCommandOptionType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandBasicOption,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
} from 'discord-api-types/v10';
import { z } from 'zod';

type AnyOption = APIApplicationCommandInteractionDataOption;
type OptionDefinition = APIApplicationCommandBasicOption;

type ValueOf<Option> = Option extends { readonly type: ApplicationCommandOptionType.String }
  ? string
  : Option extends {
        readonly type: ApplicationCommandOptionType.Integer | ApplicationCommandOptionType.Number;
      }
    ? number
    : Option extends { readonly type: ApplicationCommandOptionType.Boolean }
      ? boolean
      : never;

/**
 * The values a handler receives, derived from the options it declares (as discord-utils-bot's
 * `ArgumentsOf`): a command's option names, types and limits are written once.
 */
export type ArgumentsOf<Options extends readonly OptionDefinition[]> = {
  readonly [Option in Options[number] as Option['name']]: Option extends { readonly required: true }
    ? ValueOf<Option>
    : ValueOf<Option> | undefined;
};

export type ParsedOptions<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

function isBasic(option: AnyOption): option is APIApplicationCommandInteractionDataBasicOption {
  return (
    option.type !== ApplicationCommandOptionType.Subcommand &&
    option.type !== ApplicationCommandOptionType.SubcommandGroup
  );
}

/**
 * Top-level option values by name, for validation against the command's own definition. A
 * null-prototype object, so an option named `__proto__` is just an unknown name and cannot lend
 * the values a prototype whose fields would pass the checks.
 */
function optionValues(
  options: readonly AnyOption[] | undefined,
  declared: ReadonlySet<string>,
): { readonly values: Record<string, unknown>; readonly unknown: number } {
  const values = Object.create(null) as Record<string, unknown>;
  let unknown = 0;
  for (const option of options ?? []) {
    if (!declared.has(option.name)) unknown += 1;
    else values[option.name] = isBasic(option) ? option.value : option.type;
  }
  return { values, unknown };
}

/** Names come from the definition, never from the interaction: an unchecked name is never echoed. */
function unknownOptionsProblem(declared: readonly string[]): string {
  const names = declared.map((name) => `\`${name}\``);
  const list =
    names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `it has an option I don’t know (I take ${list})`;
}

/** The declared limits as a schema: HTTP callers need not be Discord's client, so values are checked again. */
function valueSchema(option: OptionDefinition): z.ZodType {
  const { name } = option;
  switch (option.type) {
    case ApplicationCommandOptionType.Integer:
    case ApplicationCommandOptionType.Number: {
      const values = option.choices?.map((choice) => choice.value) ?? [];
      const min = option.min_value ?? Math.min(...values);
      const max = option.max_value ?? Math.max(...values);
      const whole = `${name} must be a whole number from ${min} to ${max}`;
      const number = z.number({ message: whole });
      const typed =
        option.type === ApplicationCommandOptionType.Integer ? number.int(whole) : number;
      return typed
        .min(min, `${name} must be from ${min} to ${max}`)
        .max(max, `${name} must be from ${min} to ${max}`);
    }
    case ApplicationCommandOptionType.String: {
      const text = z.string({ message: `${name} must be text` });
      const max = option.max_length;
      return max === undefined ? text : text.max(max, `${name} must be at most ${max} characters`);
    }
    case ApplicationCommandOptionType.Boolean:
      return z.boolean({ message: `${name} must be true or false` });
    default:
      return z.never({ message: `${name} is not an option I can read` });
  }
}

/**
 * Reads a command's options as its definition declares them; a problem comes back as one readable
 * sentence, never a throw.
 */
export function optionsParser<const Options extends readonly OptionDefinition[]>(
  options: Options,
): (interaction: APIChatInputApplicationCommandInteraction) => ParsedOptions<ArgumentsOf<Options>> {
  const schema = z.strictObject(
    Object.fromEntries(
      options.map((option) => {
        const value = valueSchema(option);
        return [option.name, option.required === true ? value : value.optional()];
      }),
    ),
  );
  const names = options.map((option) => option.name);
  const declared = new Set(names);
  return (interaction) => {
    const { values, unknown } = optionValues(interaction.data.options, declared);
    if (unknown > 0) return { ok: false, problem: unknownOptionsProblem(names) };
    const result = schema.safeParse(values);
    if (result.success) return { ok: true, value: result.data as ArgumentsOf<Options> };
    // One message per problem: `rank:1e308` fails both "whole number" and "at most 6", and the
    // first already says everything.
    const byOption = new Map<string, string>();
    for (const issue of result.error.issues) {
      const where = issue.path.join('.');
      if (!byOption.has(where)) byOption.set(where, issue.message);
    }
    const problem = [...byOption]
      .map(([where, message]) => (where === '' ? message : `\`${where}\`: ${message}`))
      .join('; ');
    return { ok: false, problem };
  };
}

/** The option the member is typing in, with what they have typed so far. */
export function focusedOption(
  interaction: APIApplicationCommandAutocompleteInteraction,
): { readonly name: string; readonly value: string } | undefined {
  for (const option of interaction.data.options) {
    if (isBasic(option) && 'focused' in option && option.focused) {
      // A hand-made interaction may focus a number; the lookup reads text.
      const value: unknown = option.value;
      return { name: option.name, value: String(value) };
    }
  }
  return undefined;
}
