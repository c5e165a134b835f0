import {
  ApplicationCommandOptionType,
  type APIApplicationCommandAutocompleteInteraction,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIApplicationCommandInteractionDataOption,
  type APIChatInputApplicationCommandInteraction,
} from 'discord-api-types/v10';
import type { z } from 'zod';

type AnyOption = APIApplicationCommandInteractionDataOption;

function isBasic(option: AnyOption): option is APIApplicationCommandInteractionDataBasicOption {
  return (
    option.type !== ApplicationCommandOptionType.Subcommand &&
    option.type !== ApplicationCommandOptionType.SubcommandGroup
  );
}

/** Top-level option values by name, for validation with the command's own schema. */
function optionValues(options: readonly AnyOption[] | undefined): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const option of options ?? []) {
    values[option.name] = isBasic(option) ? option.value : option.type;
  }
  return values;
}

export type ParsedOptions<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problem: string };

/** Validates a command's options; a problem comes back as one readable sentence, never a throw. */
export function parseOptions<Schema extends z.ZodType>(
  interaction: APIChatInputApplicationCommandInteraction,
  schema: Schema,
): ParsedOptions<z.infer<Schema>> {
  const result = schema.safeParse(optionValues(interaction.data.options));
  if (result.success) return { ok: true, value: result.data };
  const problem = result.error.issues
    .map((issue) =>
      issue.path.length > 0 ? `\`${issue.path.join('.')}\`: ${issue.message}` : issue.message,
    )
    .join('; ');
  return { ok: false, problem };
}

/** The option the member is typing in, with what they have typed so far. */
export function focusedOption(
  interaction: APIApplicationCommandAutocompleteInteraction,
): { readonly name: string; readonly value: string } | undefined {
  for (const option of interaction.data.options) {
    if (isBasic(option) && 'focused' in option && option.focused) {
      return { name: option.name, value: option.value };
    }
  }
  return undefined;
}
