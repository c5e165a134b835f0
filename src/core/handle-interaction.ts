import {
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';

/**
 * The whole bot as one pure function: a Discord interaction in, the interaction response out.
 * Every front door (gateway, HTTP endpoint, console) is a thin adapter over this.
 * It never throws: bad input gets a polite ephemeral answer.
 */
export function handleInteraction(interaction: APIInteraction): APIInteractionResponse {
  if (interaction.type === InteractionType.Ping) return { type: InteractionResponseType.Pong };
  // Placeholder until the commands land.
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: {
      content: 'Not implemented yet.',
      flags: MessageFlags.Ephemeral,
      allowed_mentions: { parse: [] },
    },
  };
}
