import { InteractionType, type APIInteraction } from 'discord-api-types/v10';

/**
 * The field each interaction type must carry in `data` before the core branches on it; Ping
 * carries no data. Deliberately minimal: only what this adapter and the core read before
 * branching, so a field Discord adds tomorrow cannot turn real traffic into 400s.
 */
const DATA_FIELD: Readonly<Record<number, 'name' | 'custom_id' | undefined>> = {
  [InteractionType.Ping]: undefined,
  [InteractionType.ApplicationCommand]: 'name',
  [InteractionType.MessageComponent]: 'custom_id',
  [InteractionType.ApplicationCommandAutocomplete]: 'name',
  [InteractionType.ModalSubmit]: 'custom_id',
};

type Fields = Record<string, unknown>;

const isObject = (value: unknown): value is Fields =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Parses a verified body (decoded as UTF-8); `undefined` means "answer 400". Never throws.
 * A hand-written check rather than a schema library: it runs on every request, and these few
 * typeof tests cost a fraction of a schema parse (docs/benchmarks.md, HTTP endpoint).
 */
export function parseInteraction(body: string): APIInteraction | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (
    !isObject(value) ||
    typeof value.id !== 'string' ||
    typeof value.application_id !== 'string' ||
    typeof value.token !== 'string' ||
    typeof value.type !== 'number' ||
    !Object.hasOwn(DATA_FIELD, value.type)
  ) {
    return undefined;
  }
  const field = DATA_FIELD[value.type];
  if (field !== undefined && !(isObject(value.data) && typeof value.data[field] === 'string')) {
    return undefined;
  }
  // The object goes to the core as Discord sent it. The check vouches only for the fields above;
  // the rest is Discord's documented shape.
  return value as unknown as APIInteraction;
}

/** The name worth logging: the command for commands and autocomplete, the custom_id otherwise. */
export function interactionLabel(interaction: APIInteraction): string | undefined {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
    case InteractionType.ApplicationCommandAutocomplete:
      return interaction.data.name;
    case InteractionType.MessageComponent:
    case InteractionType.ModalSubmit:
      return interaction.data.custom_id;
    default:
      return undefined;
  }
}
