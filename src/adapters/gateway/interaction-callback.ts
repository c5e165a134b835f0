import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';
import { setTimeout as sleep } from 'node:timers/promises';
import type { APIInteraction, APIInteractionResponse } from 'discord-api-types/v10';
import { DISCORD_API } from '../../config/config-schema.js';

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
const HEADERS = { 'content-type': 'application/json', 'user-agent': USER_AGENT };
// node:http with kept-alive sockets: half the latency of the global fetch (docs/benchmarks.md).
const httpAgent = new HttpAgent({ keepAlive: true });
const httpsAgent = new HttpsAgent({ keepAlive: true });

/**
 * POSTs interaction callbacks concurrently, each retried on its own and never past Discord's 3 s
 * deadline (counted from `receivedAt`): discord.js's REST client would queue them all in one
 * bucket (docs/benchmarks.md). `apiBase` is the REST base without the version.
 */
export function createCallbackPoster(
  options: { readonly apiBase?: string | undefined; readonly deadlineMs?: number } = {},
): PostCallback {
  const base = `${(options.apiBase ?? DISCORD_API).replace(/\/+$/, '')}/v10`;
  const deadlineMs = options.deadlineMs ?? 3000;

  return async (interaction, response, receivedAt) => {
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
      else if (reply.status !== 429) throw rejection(reply.status, reply.text);
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

function rejection(status: number, text: string): CallbackRejectedError {
  const { code, message } = parseError(text);
  return new CallbackRejectedError(
    status,
    typeof code === 'number' ? code : undefined,
    typeof message === 'string' ? message : `HTTP ${status}`,
  );
}

function retryAfterMs(text: string, header: string | undefined): number {
  const { retry_after: seconds } = parseError(text);
  const fromHeader = Number(header);
  const fallback = Number.isFinite(fromHeader) ? fromHeader : 1;
  return Math.max(0, (typeof seconds === 'number' ? seconds : fallback) * 1000);
}
