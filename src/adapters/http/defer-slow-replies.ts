import {
  InteractionResponseType,
  InteractionType,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { Logger } from '../../logging/logger.js';

/** Discord fails an interaction not answered within 3 s; this leaves headroom for the network. */
export const DEFAULT_DEFER_AFTER_MS = 2500;
export const DEFAULT_API_BASE = 'https://discord.com/api';
const FOLLOW_UP_TIMEOUT_MS = 10_000;

export type InteractionHandler = (
  interaction: APIInteraction,
) => APIInteractionResponse | Promise<APIInteractionResponse>;

export interface SlowReplyOptions {
  readonly applicationId: string;
  readonly apiBase: string;
  readonly deferAfterMs: number;
  readonly logger: Logger;
}

export interface SlowReplies {
  /** Resolves with the real response if it comes in time, otherwise with a deferral (and sends the real one later). */
  reply(interaction: APIInteraction, pending: Promise<APIInteractionResponse>): Promise<Reply>;
  /** Resolves once every follow-up already started has been sent (or has failed). */
  settled(): Promise<void>;
}

export interface Reply {
  readonly response: APIInteractionResponse;
  readonly deferred: boolean;
}

/**
 * What to answer in time when the real reply is late. Commands get "thinking...", components a
 * silent acknowledgement; autocomplete cannot be deferred, so it gets no suggestions rather than a
 * failed interaction.
 */
export function standInFor(interaction: APIInteraction): APIInteractionResponse {
  switch (interaction.type) {
    case InteractionType.MessageComponent:
      return { type: InteractionResponseType.DeferredMessageUpdate };
    case InteractionType.ApplicationCommandAutocomplete:
      return {
        type: InteractionResponseType.ApplicationCommandAutocompleteResult,
        data: { choices: [] },
      };
    default:
      return { type: InteractionResponseType.DeferredChannelMessageWithSource };
  }
}

export function createSlowReplies(options: SlowReplyOptions): SlowReplies {
  const { applicationId, apiBase, deferAfterMs, logger } = options;
  const followUps = new Set<Promise<void>>();

  /** PATCH `@original` edits the deferred message; POST sends a new follow-up message. */
  const sendWebhook = async (
    interaction: APIInteraction,
    method: 'PATCH' | 'POST',
    data: object,
  ): Promise<void> => {
    const webhook = `${apiBase}/v10/webhooks/${encodeURIComponent(applicationId)}/${encodeURIComponent(interaction.token)}`;
    const url = method === 'PATCH' ? `${webhook}/messages/@original` : webhook;
    try {
      // Webhook routes authenticate with the interaction token in the path; no bot token needed.
      const res = await fetch(url, {
        method,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(data),
        signal: AbortSignal.timeout(FOLLOW_UP_TIMEOUT_MS),
      });
      if (!res.ok) {
        logger.error(
          { id: interaction.id, status: res.status },
          'Discord refused the follow-up to a deferred interaction',
        );
      }
      // Drain the body so the keep-alive socket goes back to the pool.
      await res.arrayBuffer();
    } catch (err) {
      logger.error(
        { id: interaction.id, err },
        'Could not send the follow-up to a deferred interaction',
      );
    }
  };

  const completeLate = async (
    interaction: APIInteraction,
    response: APIInteractionResponse,
  ): Promise<void> => {
    if (interaction.type === InteractionType.ApplicationCommandAutocomplete) {
      logger.debug(
        { id: interaction.id },
        'Late autocomplete choices dropped; empty choices were sent',
      );
      return;
    }
    if (
      (response.type === InteractionResponseType.ChannelMessageWithSource ||
        response.type === InteractionResponseType.UpdateMessage) &&
      response.data !== undefined
    ) {
      // A component was deferred as "update the clicked message"; a new message (such as a
      // private copy for someone else) must not overwrite it, so it goes out as a follow-up.
      const isNewMessageForComponent =
        interaction.type === InteractionType.MessageComponent &&
        response.type === InteractionResponseType.ChannelMessageWithSource;
      await sendWebhook(interaction, isNewMessageForComponent ? 'POST' : 'PATCH', response.data);
      return;
    }
    logger.warn(
      { id: interaction.id, responseType: response.type },
      'This response type cannot be delivered after deferring; only messages can',
    );
  };

  const failLate = async (interaction: APIInteraction, err: unknown): Promise<void> => {
    logger.error({ id: interaction.id, err }, 'Interaction handler failed after deferring');
    // A deferred command shows "thinking..." until edited; a component edit would wipe the message.
    if (
      interaction.type === InteractionType.ApplicationCommand ||
      interaction.type === InteractionType.ModalSubmit
    ) {
      await sendWebhook(interaction, 'PATCH', { content: 'Sorry, something went wrong.' });
    }
  };

  const track = (followUp: Promise<void>): void => {
    followUps.add(followUp);
    void followUp.finally(() => followUps.delete(followUp));
  };

  return {
    reply(interaction, pending) {
      return new Promise<Reply>((resolve, reject) => {
        let answered = false;
        const timer = setTimeout(() => {
          answered = true;
          resolve({ response: standInFor(interaction), deferred: true });
          track(
            pending.then(
              (response) => completeLate(interaction, response),
              (err: unknown) => failLate(interaction, err),
            ),
          );
        }, deferAfterMs);
        pending.then(
          (response) => {
            if (answered) return;
            answered = true;
            clearTimeout(timer);
            resolve({ response, deferred: false });
          },
          (err: unknown) => {
            if (answered) return;
            answered = true;
            clearTimeout(timer);
            reject(err instanceof Error ? err : new Error(String(err)));
          },
        );
      });
    },
    async settled() {
      while (followUps.size > 0) await Promise.allSettled(followUps);
    },
  };
}
