import { InteractionType, type APIInteraction } from 'discord-api-types/v10';
import { z } from 'zod';

const common = { id: z.string(), application_id: z.string(), token: z.string() };
const named = z.looseObject({ name: z.string() });
const withCustomId = z.looseObject({ custom_id: z.string() });

/**
 * Deliberately minimal: only the fields this adapter and the core read before branching, so a
 * field Discord adds tomorrow cannot turn real traffic into 400s.
 */
const interactionShape = z.discriminatedUnion('type', [
  z.looseObject({ ...common, type: z.literal(InteractionType.Ping) }),
  z.looseObject({ ...common, type: z.literal(InteractionType.ApplicationCommand), data: named }),
  z.looseObject({
    ...common,
    type: z.literal(InteractionType.MessageComponent),
    data: withCustomId,
  }),
  z.looseObject({
    ...common,
    type: z.literal(InteractionType.ApplicationCommandAutocomplete),
    data: named,
  }),
  z.looseObject({ ...common, type: z.literal(InteractionType.ModalSubmit), data: withCustomId }),
]);

/** Parses a verified body (decoded as UTF-8); `undefined` means "answer 400". Never throws. */
export function parseInteraction(body: string): APIInteraction | undefined {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return undefined;
  }
  if (!interactionShape.safeParse(value).success) return undefined;
  // The original object goes to the core, not zod's copy: the core must see exactly what Discord
  // sent. The schema vouches only for the fields above; the rest is Discord's documented shape.
  return value as APIInteraction;
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
