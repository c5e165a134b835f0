import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import {
  InteractionType,
  RESTJSONErrorCodes,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { DISCORD_API } from '../../config/config-schema.js';
import type { InteractionHandler } from '../../core/handle-interaction.js';
import type { Logger } from '../../logging/logger.js';
import { kindOf, outcomeOf, type InteractionMetrics } from '../../metrics/interaction-metrics.js';
import { notice } from '../../render/interaction-responses.js';

/** A callback Discord refused, with its JSON error code (e.g. 40060, 10062, 50035). */
export class CallbackRejectedError extends Error {
  override readonly name = 'CallbackRejectedError';
  readonly code: number | undefined;

  constructor(
    readonly status: number,
    body: string,
  ) {
    const { code, message } = parseError(body);
    super(typeof message === 'string' ? message : `HTTP ${status}`);
    this.code = typeof code === 'number' ? code : undefined;
  }
}

const SERVER_ERROR_BACKOFF_MS = [50, 250, 750];
const USER_AGENT = 'DiscordBot (https://github.com/rocky-montage-bot, 0.1.0)';
const HEADERS = { 'content-type': 'application/json', 'user-agent': USER_AGENT };
// node:http with kept-alive sockets: half the latency of the global fetch (docs/benchmarks.md).
const httpAgent = new HttpAgent({ keepAlive: true });
const httpsAgent = new HttpsAgent({ keepAlive: true });

/**
 * POSTs callbacks concurrently, each retried on its own and never past Discord's 3 s deadline from
 * `receivedAt`: discord.js's REST client would queue them all in one bucket (docs/benchmarks.md).
 */
export function createCallbackPoster(
  options: { readonly apiBase?: string | undefined; readonly deadlineMs?: number } = {},
) {
  const base = `${(options.apiBase ?? DISCORD_API).replace(/\/+$/, '')}/v10`;
  const deadlineMs = options.deadlineMs ?? 3000;

  return async (
    interaction: APIInteraction,
    response: APIInteractionResponse,
    receivedAt: number,
  ): Promise<void> => {
    // The token is in the path: this URL must never be logged.
    const url = new URL(`${base}/interactions/${interaction.id}/${interaction.token}/callback`);
    const body = JSON.stringify(response);
    const deadline = receivedAt + deadlineMs;

    for (let attempt = 0; ; attempt += 1) {
      const reply = await send(url, body, Math.max(1, deadline - performance.now()));
      let wait = SERVER_ERROR_BACKOFF_MS[attempt] ?? Number.POSITIVE_INFINITY;
      let reason: string;
      if (reply instanceof Error) reason = reply.message;
      else if (reply.status >= 200 && reply.status < 300) return;
      else if (reply.status >= 500) reason = `HTTP ${reply.status}`;
      else if (reply.status !== 429) throw new CallbackRejectedError(reply.status, reply.text);
      else {
        wait = retryAfterMs(reply.text, reply.retryAfter);
        reason = `rate limited for ${wait} ms`;
      }
      if (performance.now() + wait >= deadline) {
        throw new Error(`gave up before Discord's 3 s deadline: ${reason}`);
      }
      await sleep(wait);
    }
  };
}

type CallbackReply = { status: number; text: string; retryAfter: string | undefined };

/** Resolves to the error instead of rejecting: a failed attempt is one more reason to retry. */
function send(url: URL, body: string, timeoutMs: number) {
  const secure = url.protocol === 'https:';
  return new Promise<CallbackReply | Error>((resolve) => {
    const request = (secure ? httpsRequest : httpRequest)(
      url,
      {
        method: 'POST',
        agent: secure ? httpsAgent : httpAgent,
        headers: { ...HEADERS, 'content-length': Buffer.byteLength(body) },
        timeout: timeoutMs,
      },
      (response) => {
        // Not node:stream/consumers' text(): its async iterator adds promise hops to each callback.
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          const retryAfter = response.headers['retry-after'];
          resolve({ status: response.statusCode ?? 0, text, retryAfter });
        });
        response.on('error', resolve);
      },
    );
    request.on('timeout', () => request.destroy(new Error('no answer before the deadline')));
    request.on('error', resolve);
    request.end(body);
  });
}

/** Discord's JSON error body; a field of another type counts as absent. */
function parseError(text: string): { code?: unknown; message?: unknown; retry_after?: unknown } {
  try {
    return (JSON.parse(text) as object | null) ?? {};
  } catch {
    return {};
  }
}

function retryAfterMs(text: string, header: string | undefined): number {
  const { retry_after: seconds } = parseError(text);
  const fromHeader = Number(header);
  const fallback = Number.isFinite(fromHeader) ? fromHeader : 1;
  return Math.max(0, (typeof seconds === 'number' ? seconds : fallback) * 1000);
}

/** Bounds the memory a burst of interactions can take (about 1 MB at this size). */
const MAX_REMEMBERED = 10_000;

/** Answers each raw INTERACTION_CREATE exactly once with the core's JSON, as HTTP does. */
export class InteractionResponder {
  readonly inFlight = new Set<Promise<void>>();
  /** Interaction ids already taken, oldest first. */
  private readonly seen = new Set<string>();

  constructor(
    private readonly post: ReturnType<typeof createCallbackPoster>,
    private readonly handle: InteractionHandler,
    private readonly logger: Logger,
    private readonly metrics?: InteractionMetrics,
  ) {}

  readonly respond = (interaction: APIInteraction, shardId: number): void => {
    // A resume can replay an event the bot already handled; a second callback would earn a 40060.
    if (this.seen.has(interaction.id)) {
      this.logger.debug({ interactionId: interaction.id, shardId }, 'duplicate delivery ignored');
      return;
    }
    this.seen.add(interaction.id);
    for (const oldest of this.seen) {
      if (this.seen.size <= MAX_REMEMBERED) break;
      this.seen.delete(oldest);
    }
    const answer = this.answer(interaction, shardId).finally(() => this.inFlight.delete(answer));
    this.inFlight.add(answer);
  };

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
      const rejected = error instanceof CallbackRejectedError;
      this.metrics?.record(kindOf(interaction.type), rejected ? 'rejected' : 'failed', started);
      this.logger.error({ ...context, err: describe(error) }, 'could not answer interaction');
      const invalidBody =
        rejected && error.code === RESTJSONErrorCodes.InvalidFormBodyOrContentType;
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

/** Enough to diagnose, never the request (its URL holds the token); pino drops undefined fields. */
function describe(error: unknown) {
  const { name, message } = error as Error;
  if (!(error instanceof CallbackRejectedError)) return { name, message };
  return { name, message, code: error.code, status: error.status };
}
