import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import { DISCORD_API } from '../../config/config-schema.js';

/**
 * POSTs interaction callbacks concurrently, each retried on its own and never past Discord's 3 s
 * deadline: discord.js's REST client would queue them all in one bucket (docs/benchmarks.md).
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

const SERVER_ERROR_BACKOFF_MS = [50, 250, 750];
const USER_AGENT = 'DiscordBot (https://github.com/rocky-montage-bot, 0.1.0)';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function createCallbackPoster(options: CallbackPosterOptions = {}): PostCallback {
  const base = `${(options.apiBase ?? DISCORD_API).replace(/\/+$/, '')}/v10`;
  const deadlineMs = options.deadlineMs ?? 3000;

  return async (interaction, response, receivedAt) => {
    // The token is in the path: this URL must never be logged.
    const url = new URL(`${base}/interactions/${interaction.id}/${interaction.token}/callback`);
    const body = JSON.stringify(response);
    const deadline = receivedAt + deadlineMs;

    for (let attempt = 0; ; attempt += 1) {
      const remaining = Math.max(1, deadline - performance.now());
      const outcome = await attemptPost(url, body, remaining);
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

interface CallbackReply {
  readonly status: number;
  readonly text: string;
  readonly retryAfter: string | undefined;
}

// node:http with kept-alive sockets: half the latency of the global fetch (docs/benchmarks.md).
const keepAlive = { keepAlive: true };
const httpAgent = new HttpAgent(keepAlive);
const httpsAgent = new HttpsAgent(keepAlive);

function send(url: URL, body: string, timeoutMs: number): Promise<CallbackReply> {
  const secure = url.protocol === 'https:';
  return new Promise((resolve, reject) => {
    const request = (secure ? httpsRequest : httpRequest)(
      url,
      {
        method: 'POST',
        agent: secure ? httpsAgent : httpAgent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': USER_AGENT,
        },
        timeout: timeoutMs,
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
        });
        response.on('end', () => {
          const retryAfter = response.headers['retry-after'];
          resolve({ status: response.statusCode ?? 0, text, retryAfter });
        });
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('no answer before the deadline')));
    request.on('error', reject);
    request.end(body);
  });
}

async function attemptPost(url: URL, body: string, timeoutMs: number): Promise<Outcome> {
  let reply: CallbackReply;
  try {
    reply = await send(url, body, timeoutMs);
  } catch (error) {
    return { kind: 'retryable', reason: error instanceof Error ? error.message : String(error) };
  }
  if (reply.status >= 200 && reply.status < 300) return { kind: 'done' };
  if (reply.status === 429) return { kind: 'rate-limited', retryAfterMs: retryAfterMs(reply) };
  if (reply.status >= 500) return { kind: 'retryable', reason: `HTTP ${String(reply.status)}` };
  const error = parseError(reply.text);
  return {
    kind: 'rejected',
    error: new CallbackRejectedError(
      reply.status,
      error.code,
      error.message ?? `HTTP ${String(reply.status)}`,
    ),
  };
}

function retryAfterMs(reply: CallbackReply): number {
  const fromHeader = Number(reply.retryAfter);
  const seconds =
    parseError(reply.text).retryAfter ?? (Number.isFinite(fromHeader) ? fromHeader : 1);
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
