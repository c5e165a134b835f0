import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import { handleInteraction } from '../../core/handle-interaction.js';

export interface Answered {
  readonly response: APIInteractionResponse;
  /** Set by paths that really travel (a Discord stand-in and a gateway client), to be shown. */
  readonly roundTripMs?: number;
}

/**
 * How the console gets a reply. Async, so a path through a local Discord and a real gateway client
 * can replace the in-process core without the console changing.
 */
export type AnswerInteraction = (interaction: APIInteraction) => Promise<Answered>;

export const answerInProcess: AnswerInteraction = (interaction) =>
  Promise.resolve({ response: handleInteraction(interaction) });
