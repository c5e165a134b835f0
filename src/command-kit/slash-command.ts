import {
  ApplicationCommandOptionType as OptionType,
  ApplicationIntegrationType,
  InteractionContextType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandAutocompleteResponse,
  type APIApplicationCommandBasicOption as OptionDefinition,
  type APIChatInputApplicationCommandInteraction,
  type APIInteraction,
  type APIInteractionResponse,
  type APIMessageComponentInteraction,
  type RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord-api-types/v10';

/**
 * What a file under commands/ exports. Handlers are pure and synchronous (an async one does not
 * compile); components whose custom_id starts with `${definition.name}:` go to `component`.
 */
export interface SlashCommand {
  readonly definition: RESTPostAPIChatInputApplicationCommandsJSONBody;
  readonly execute: (
    interaction: APIChatInputApplicationCommandInteraction,
  ) => APIInteractionResponse;
  readonly autocomplete?: (
    interaction: APIApplicationCommandAutocompleteInteraction,
  ) => APIApplicationCommandAutocompleteResponse;
  readonly component?: (interaction: APIMessageComponentInteraction) => APIInteractionResponse;
}

export const USABLE_EVERYWHERE = {
  integration_types: [
    ApplicationIntegrationType.GuildInstall,
    ApplicationIntegrationType.UserInstall,
  ],
  contexts: [
    InteractionContextType.Guild,
    InteractionContextType.BotDM,
    InteractionContextType.PrivateChannel,
  ],
};

/** Stands in for a member whose id is missing or not a snowflake; it never owns a message. */
export const UNKNOWN_INVOKER = '0';

/** Discord ids are 64-bit snowflakes: 17 to 20 digits for anything made since 2015. */
const SNOWFLAKE = /^\d{17,20}$/;

/** `member` in a server, `user` in DMs; a non-snowflake (a `:`) would break custom_ids: unknown. */
export function invokerId(interaction: APIInteraction): string {
  const id: unknown = interaction.member?.user.id ?? interaction.user?.id;
  return typeof id === 'string' && SNOWFLAKE.test(id) ? id : UNKNOWN_INVOKER;
}

type ValueOf<Option> = Option extends { readonly type: OptionType.String }
  ? string
  : Option extends { readonly type: OptionType.Integer }
    ? number
    : Option extends { readonly type: OptionType.Boolean }
      ? boolean
      : never;

/** A handler's values, typed from the options it declares (discord-utils-bot's `ArgumentsOf`). */
export type ArgumentsOf<Options extends readonly OptionDefinition[]> = {
  readonly [Option in Options[number] as Option['name']]: Option extends { readonly required: true }
    ? ValueOf<Option>
    : ValueOf<Option> | undefined;
};

/** HTTP callers may not be Discord's client (`rank:1e308`): check again; built once per option. */
function valueCheck(option: OptionDefinition): (value: unknown) => string | undefined {
  const { name } = option;
  switch (option.type) {
    case OptionType.Integer: {
      const values = option.choices?.map((choice) => choice.value) ?? [];
      const min = option.min_value ?? Math.min(...values);
      const max = option.max_value ?? Math.max(...values);
      return (value) => {
        if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
          return `${name} must be a whole number from ${min} to ${max}`;
        }
        return value < min || value > max ? `${name} must be from ${min} to ${max}` : undefined;
      };
    }
    case OptionType.String: {
      const max = option.max_length ?? Number.POSITIVE_INFINITY;
      return (value) => {
        if (typeof value !== 'string') return `${name} must be text`;
        return value.length > max ? `${name} must be at most ${max} characters` : undefined;
      };
    }
    case OptionType.Boolean:
      return (value) => (typeof value === 'boolean' ? undefined : `${name} must be true or false`);
    default:
      return () => `${name} is not an option I can read`;
  }
}

/** One sentence per problem, unknown names never echoed; null prototype: `__proto__` is data. */
export function optionsParser<const Options extends readonly OptionDefinition[]>(options: Options) {
  const names = new Intl.ListFormat('en-GB').format(options.map(({ name }) => `\`${name}\``));
  const unknownOption = `it has an option I don’t know (I take ${names})`;
  const checks = new Map(options.map((option) => [option.name, valueCheck(option)]));
  const required = new Set(options.filter((option) => option.required).map(({ name }) => name));
  return (interaction: APIChatInputApplicationCommandInteraction) => {
    const values = Object.create(null) as Record<string, unknown>;
    for (const option of interaction.data.options ?? []) {
      if (!checks.has(option.name)) return { ok: false, problem: unknownOption } as const;
      // A hand-made subcommand carries options, not a value: the checks below refuse it.
      values[option.name] = 'value' in option ? option.value : option;
    }
    const problems: string[] = [];
    for (const [name, check] of checks) {
      const value = values[name];
      const problem = value === undefined && !required.has(name) ? undefined : check(value);
      if (problem !== undefined) problems.push(`\`${name}\`: ${problem}`);
    }
    if (problems.length > 0) return { ok: false, problem: problems.join('; ') } as const;
    return { ok: true, value: values as ArgumentsOf<Options> } as const;
  };
}

export function focusedOption(interaction: APIApplicationCommandAutocompleteInteraction) {
  const focused = interaction.data.options.find((option) => 'focused' in option && option.focused);
  // A hand-made interaction may focus a number; the lookup reads text.
  return focused && { name: focused.name, value: String((focused as { value?: unknown }).value) };
}
