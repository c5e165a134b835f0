import type { APIInteractionResponse } from 'discord-api-types/v10';
import type { LocalDiscord } from '../../local-discord/local-discord.js';
import type { AnswerInteraction } from '../console/answer-interaction.js';

/** How long a member waits before the console says the bot did not answer: Discord's deadline. */
const ANSWER_TIMEOUT_MS = 3_000;

/**
 * Hands the console's interaction to the local Discord as it is; the local Discord fills in what
 * Discord fills in and sends a real INTERACTION_CREATE to the bot. Returns what the bot POSTed
 * back over REST, with the measured round trip.
 */
export function answerThroughLocalDiscord(discord: LocalDiscord): AnswerInteraction {
  return async (interaction) => {
    const started = performance.now();
    const record = await discord.sendInteraction(interaction, { timeoutMs: ANSWER_TIMEOUT_MS });
    const roundTripMs = performance.now() - started;
    if (!record.accepted) throw new Error('The bot did not answer within 3 seconds.');
    return { response: record.accepted.body as APIInteractionResponse, roundTripMs };
  };
}
