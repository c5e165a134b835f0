import {
  InteractionType,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { InteractionSpec } from '../../local-discord/interaction-factory.js';
import type { LocalDiscord } from '../../local-discord/local-discord.js';
import type { AnswerInteraction } from '../console/answer-interaction.js';

/** How long a member waits before the console says the bot did not answer: Discord's deadline. */
const ANSWER_TIMEOUT_MS = 3_000;

/**
 * Re-sends what the console built as a real INTERACTION_CREATE through the local Discord, and
 * returns what the bot POSTed back over REST, with the measured round trip.
 */
export function answerThroughLocalDiscord(discord: LocalDiscord): AnswerInteraction {
  return async (interaction) => {
    const started = performance.now();
    const record = await discord.sendInteraction(specFor(interaction), {
      timeoutMs: ANSWER_TIMEOUT_MS,
    });
    const roundTripMs = performance.now() - started;
    if (!record.accepted) throw new Error('The bot did not answer within 3 seconds.');
    return { response: record.accepted.body as APIInteractionResponse, roundTripMs };
  };
}

function specFor(interaction: APIInteraction): InteractionSpec {
  switch (interaction.type) {
    case InteractionType.ApplicationCommand:
      return {
        kind: 'command',
        name: interaction.data.name,
        options: 'options' in interaction.data ? (interaction.data.options ?? []) : [],
      };
    case InteractionType.ApplicationCommandAutocomplete:
      return {
        kind: 'autocomplete',
        name: interaction.data.name,
        options: interaction.data.options,
      };
    case InteractionType.MessageComponent:
      return {
        kind: 'component',
        customId: interaction.data.custom_id,
        componentType: interaction.data.component_type,
        values: 'values' in interaction.data ? interaction.data.values : [],
        message: interaction.message,
      };
    case InteractionType.ModalSubmit:
      return {
        kind: 'modal-submit',
        customId: interaction.data.custom_id,
        components: interaction.data.components,
      };
    case InteractionType.Ping:
      throw new Error('PING is for the HTTP endpoint; the gateway never sends one.');
  }
}
