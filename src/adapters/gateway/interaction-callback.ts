import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';

/**
 * POSTs interaction callbacks concurrently, each with its own retries.
 *
 * discord.js's REST client puts every callback in one rate-limit bucket and sends that bucket's
 * requests one at a time, so under load, or during one 429, every answer queues behind the
 * others and misses Discord's 3 s deadline. Callbacks are authorised by their own token and are
 * not under the bot's global rate limit, so each one is sent at once and retried on its own:
 * after Retry-After for a 429, quickly for a 5xx or a dropped connection, and never past the
 * deadline, after which Discord would refuse it anyway (10062).
 */
export interface CallbackPosterOptions {
  /** REST base without the version, e.g. `http://127.0.0.1:3000/api`. Default Discord's. */
  readonly apiBase?: string | undefined;
  /** Time from receiving an interaction to the last attempt worth making. Default 3000 ms. */
  readonly deadlineMs?: number;
}

export type PostCallback = (
  interaction: APIInteraction,
  response: APIInteractionResponse,
  receivedAt: number,
) => Promise<void>;

/** A callback Discord refused, with its JSON error code (e.g. 40060, 10062, 50035). */
export class CallbackRejectedError extends Error {
  override readonly name = 'CallbackRejectedError';
  constructor(
    readonly status: number,
    readonly code: number | undefined,
    message: string,
  ) {
    super(message);
  }
}

const DEFAULT_API_BASE = 'https://discord.com/api';
const SERVER_ERROR_BACKOFF_MS = [50, 250, 750];
const USER_AGENT = 'DiscordBot (https://github.com/rocky-montage-bot, 0.1.0)';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createCallbackPoster(options: CallbackPosterOptions = {}): PostCallback {
  const base = `${(options.apiBase ?? DEFAULT_API_BASE).replace(/\/+$/, '')}/v10`;
  const deadlineMs = options.deadlineMs ?? 3000;

  return async (interaction, response, receivedAt) => {
    // The token is in the path: this URL must never be logged.
    const url = `${base}/interactions/${interaction.id}/${interaction.token}/callback`;
    const body = JSON.stringify(response);
    const deadline = receivedAt + deadlineMs;

    for (let attempt = 0; ; attempt += 1) {
      const outcome = await attemptPost(url, body);
      if (outcome.kind === 'done') return;
      const wait =
        outcome.kind === 'rate-limited'
          ? outcome.retryAfterMs
          : (SERVER_ERROR_BACKOFF_MS[attempt] ?? Number.POSITIVE_INFINITY);
      if (outcome.kind === 'rejected' || performance.now() + wait >= deadline) {
        throw outcome.kind === 'rejected' ? outcome.error : giveUp(outcome);
      }
      await sleep(wait);
    }
  };
}

type Outcome =
  | { readonly kind: 'done' }
  | { readonly kind: 'rate-limited'; readonly retryAfterMs: number }
  | { readonly kind: 'retryable'; readonly reason: string }
  | { readonly kind: 'rejected'; readonly error: CallbackRejectedError };

async function attemptPost(url: string, body: string): Promise<Outcome> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'user-agent': USER_AGENT },
      body,
    });
  } catch (error) {
    return { kind: 'retryable', reason: error instanceof Error ? error.message : String(error) };
  }
  if (response.ok) {
    await response.body?.cancel();
    return { kind: 'done' };
  }
  const text = await response.text();
  if (response.status === 429)
    return { kind: 'rate-limited', retryAfterMs: retryAfterMs(response, text) };
  if (response.status >= 500) return { kind: 'retryable', reason: `HTTP ${response.status}` };
  const error = parseError(text);
  return {
    kind: 'rejected',
    error: new CallbackRejectedError(
      response.status,
      error.code,
      error.message ?? `HTTP ${response.status}`,
    ),
  };
}

function retryAfterMs(response: Response, text: string): number {
  const fromBody = parseError(text).retryAfter;
  const fromHeader = Number(response.headers.get('retry-after'));
  const seconds = fromBody ?? (Number.isFinite(fromHeader) ? fromHeader : 1);
  return Math.max(0, seconds * 1000);
}

function parseError(text: string): { code?: number; message?: string; retryAfter?: number } {
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return {};
    const { code, message, retry_after: retryAfter } = parsed as Record<string, unknown>;
    return {
      ...(typeof code === 'number' ? { code } : {}),
      ...(typeof message === 'string' ? { message } : {}),
      ...(typeof retryAfter === 'number' ? { retryAfter } : {}),
    };
  } catch {
    return {};
  }
}

function giveUp(outcome: Exclude<Outcome, { kind: 'done' | 'rejected' }>): Error {
  const reason =
    outcome.kind === 'rate-limited'
      ? `rate limited for ${String(outcome.retryAfterMs)} ms`
      : outcome.reason;
  return new Error(`gave up before Discord's 3 s deadline: ${reason}`);
}
