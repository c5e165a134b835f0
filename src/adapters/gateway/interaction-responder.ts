import { InteractionType, RESTJSONErrorCodes, type APIInteraction } from 'discord-api-types/v10';
import type { InteractionHandler } from '../../core/handle-interaction.js';
import type { Logger } from '../../logging/logger.js';
import { kindOf, outcomeOf, type InteractionMetrics } from '../../metrics/interaction-metrics.js';
import { notice } from '../../render/interaction-responses.js';
import { CallbackRejectedError, type PostCallback } from './interaction-callback.js';

/** Interaction tokens work for 15 minutes; no replay can come later than that. */
const INTERACTION_TOKEN_LIFETIME_MS = 15 * 60_000;
/** Bounds the memory a burst of interactions can take (about 1 MB at this size). */
const MAX_REMEMBERED = 10_000;

/**
 * Answers each raw INTERACTION_CREATE exactly once by POSTing the core's response JSON, unchanged,
 * to the callback route (the HTTP endpoint sends the same bytes); shutdown can wait for them.
 */
export class InteractionResponder {
  private readonly inFlight = new Set<Promise<void>>();
  /** Interaction ids already taken, oldest first, with when they arrived. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly post: PostCallback,
    private readonly handle: InteractionHandler,
    private readonly logger: Logger,
    private readonly metrics?: InteractionMetrics,
  ) {}

  get pending(): number {
    return this.inFlight.size;
  }

  readonly respond = (interaction: APIInteraction, shardId: number): void => {
    if (this.alreadyAnswered(interaction.id)) {
      this.logger.debug({ interactionId: interaction.id, shardId }, 'duplicate delivery ignored');
      return;
    }
    const answer = this.answer(interaction, shardId).finally(() => this.inFlight.delete(answer));
    this.inFlight.add(answer);
  };

  /**
   * A resume can replay an event the bot already handled; a second callback would only earn a
   * 40060 from Discord. Ids are kept as long as an interaction token lives, within a size cap.
   */
  private alreadyAnswered(id: string): boolean {
    if (this.seen.has(id)) return true;
    const now = Date.now();
    this.seen.set(id, now);
    for (const [oldest, at] of this.seen) {
      if (this.seen.size <= MAX_REMEMBERED && now - at < INTERACTION_TOKEN_LIFETIME_MS) break;
      this.seen.delete(oldest);
    }
    return false;
  }

  /** Resolves once every answer already started has been sent or has failed. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async answer(interaction: APIInteraction, shardId: number): Promise<void> {
    const started = performance.now();
    const response = this.handle(interaction);
    const context = { interactionId: interaction.id, type: interaction.type, shardId };
    try {
      await this.post(interaction, response, started);
      this.metrics?.record(kindOf(interaction.type), outcomeOf(response), started);
      const ms = Math.round(performance.now() - started);
      this.logger.debug({ ...context, ms }, 'interaction answered');
    } catch (error) {
      const outcome = error instanceof CallbackRejectedError ? 'rejected' : 'failed';
      this.metrics?.record(kindOf(interaction.type), outcome, started);
      this.logger.error({ ...context, err: describe(error) }, 'could not answer interaction');
      const invalidBody =
        error instanceof CallbackRejectedError &&
        error.code === RESTJSONErrorCodes.InvalidFormBodyOrContentType;
      if (invalidBody && interaction.type !== InteractionType.ApplicationCommandAutocomplete) {
        const apology = notice('Sorry, I could not send that answer. Please try again.');
        await this.post(interaction, apology, started).catch((apologyError: unknown) => {
          const err = describe(apologyError);
          this.logger.error({ ...context, err }, 'could not send the apology either');
        });
      }
    }
  }
}

/** Enough to diagnose, never the request (whose URL holds the interaction token). */
function describe(error: unknown) {
  if (!(error instanceof Error)) return { name: 'Unknown', message: String(error) };
  const { name, message } = error;
  // An undefined code is left out of the JSON log line, as pino drops undefined fields.
  if (error instanceof CallbackRejectedError)
    return { name, message, code: error.code, status: error.status };
  return { name, message };
}
