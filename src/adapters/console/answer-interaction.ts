import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import type { SlashCommand } from '../../command-kit/slash-command.js';
import { createInteractionHandler } from '../../core/handle-interaction.js';

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

export function answerInProcess(commands: readonly SlashCommand[]): AnswerInteraction {
  const handle = createInteractionHandler(commands);
  return (interaction) => Promise.resolve({ response: handle(interaction) });
}
