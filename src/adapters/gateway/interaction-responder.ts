import { DiscordAPIError, type REST } from 'discord.js';
import {
  InteractionType,
  Routes,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import type { Logger } from '../../logging/logger.js';
import { notice } from '../../render/interaction-responses.js';

export type InteractionHandler = (interaction: APIInteraction) => APIInteractionResponse;

/** Discord's code for a payload it refused (too long, malformed): worth one apology. */
const INVALID_FORM_BODY = 50035;

/**
 * Answers each raw INTERACTION_CREATE exactly once by POSTing the core's response JSON to the
 * interaction callback route, unchanged: so the gateway and the HTTP endpoint send the same bytes.
 * Tracks in-flight answers so shutdown can wait for them.
 */
export class InteractionResponder {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly rest: REST,
    private readonly handle: InteractionHandler,
    private readonly logger: Logger,
  ) {}

  get pending(): number {
    return this.inFlight.size;
  }

  respond(interaction: APIInteraction, shardId: number): void {
    const started = performance.now();
    const answer = this.answer(interaction, shardId, started).finally(() =>
      this.inFlight.delete(answer),
    );
    this.inFlight.add(answer);
  }

  /** Resolves once every answer already started has been sent or has failed. */
  async drain(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  private async answer(
    interaction: APIInteraction,
    shardId: number,
    started: number,
  ): Promise<void> {
    const response = this.handle(interaction);
    const context = { interactionId: interaction.id, type: interaction.type, shardId };
    try {
      await this.post(interaction, response);
      this.logger.debug(
        { ...context, ms: Math.round(performance.now() - started) },
        'interaction answered',
      );
    } catch (error) {
      this.logger.error({ ...context, err: describe(error) }, 'could not answer interaction');
      if (
        isInvalidBody(error) &&
        interaction.type !== InteractionType.ApplicationCommandAutocomplete
      ) {
        await this.post(
          interaction,
          notice('Sorry, I could not send that answer. Please try again.'),
        ).catch((apologyError: unknown) => {
          this.logger.error(
            { ...context, err: describe(apologyError) },
            'could not send the apology either',
          );
        });
      }
    }
  }

  private async post(interaction: APIInteraction, response: APIInteractionResponse): Promise<void> {
    // Interaction callbacks authenticate by the interaction token in the path, not the bot token.
    await this.rest.post(Routes.interactionCallback(interaction.id, interaction.token), {
      body: response,
      auth: false,
    });
  }
}

function isInvalidBody(error: unknown): boolean {
  return error instanceof DiscordAPIError && error.code === INVALID_FORM_BODY;
}

/** Enough to diagnose, never the request (whose URL holds the interaction token). */
function describe(error: unknown): {
  name: string;
  message: string;
  code?: number | string;
  status?: number;
} {
  if (error instanceof DiscordAPIError) {
    return {
      name: error.name,
      message: error.message,
      code: error.code,
      status: error.status,
    };
  }
  return error instanceof Error
    ? { name: error.name, message: error.message }
    : { name: 'Unknown', message: String(error) };
}
