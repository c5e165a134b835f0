import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { InteractionResponseType, type APIInteraction } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import {
  CallbackRejectedError,
  createCallbackPoster,
} from '../../../src/adapters/gateway/interaction-callback.js';

interface Scripted {
  readonly status: number;
  readonly body?: unknown;
  readonly headers?: Record<string, string>;
}

let server: Server | undefined;
afterEach(async () => {
  const closing = server;
  server = undefined;
  if (closing) await new Promise((resolve) => closing.close(resolve));
});

/** A stand-in for Discord's callback route that answers from a script and records arrivals. */
async function discordAnswering(script: Scripted[]) {
  const arrivals: { path: string; at: number; body: string }[] = [];
  server = createServer((request, response) => {
    let body = '';
    request.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
    request.on('end', () => {
      arrivals.push({ path: request.url ?? '', at: performance.now(), body });
      const next = script.shift() ?? { status: 204 };
      response.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      response.end(next.body === undefined ? undefined : JSON.stringify(next.body));
    });
  });
  await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { apiBase: `http://127.0.0.1:${String(port)}/api`, arrivals };
}

const interaction = { id: '1234567890123456789', token: 'interaction-token' } as APIInteraction;
const pong = { type: InteractionResponseType.Pong } as const;

describe('the interaction callback poster', () => {
  it('given 204, then one POST of the exact JSON to the v10 callback route', async () => {
    const discord = await discordAnswering([{ status: 204 }]);
    await createCallbackPoster({ apiBase: discord.apiBase })(interaction, pong, performance.now());
    expect(discord.arrivals).toEqual([
      {
        path: '/api/v10/interactions/1234567890123456789/interaction-token/callback',
        at: expect.any(Number) as number,
        body: '{"type":1}',
      },
    ]);
  });

  it('given a 429 with retry_after 0.2, then it waits about that long and retries once', async () => {
    const discord = await discordAnswering([
      {
        status: 429,
        body: { message: 'You are being rate limited.', retry_after: 0.2, global: false },
      },
      { status: 204 },
    ]);
    await createCallbackPoster({ apiBase: discord.apiBase })(interaction, pong, performance.now());
    const [first, second] = discord.arrivals;
    expect(discord.arrivals).toHaveLength(2);
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(190);
  });

  it('given a 500 then 204, then it retries and succeeds', async () => {
    const discord = await discordAnswering([{ status: 500 }, { status: 204 }]);
    await createCallbackPoster({ apiBase: discord.apiBase })(interaction, pong, performance.now());
    expect(discord.arrivals).toHaveLength(2);
  });

  it('given a Retry-After past the 3 s deadline, then it gives up at once instead of answering late', async () => {
    const discord = await discordAnswering([{ status: 429, body: { retry_after: 5 } }]);
    const started = performance.now();
    await expect(
      createCallbackPoster({ apiBase: discord.apiBase })(interaction, pong, started),
    ).rejects.toThrow(/deadline/);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(discord.arrivals).toHaveLength(1);
  });

  it('given 400 with code 40060, then a CallbackRejectedError carrying the code, and no retry', async () => {
    const discord = await discordAnswering([
      { status: 400, body: { code: 40060, message: 'Interaction has already been acknowledged.' } },
    ]);
    const failure = createCallbackPoster({ apiBase: discord.apiBase })(
      interaction,
      pong,
      performance.now(),
    );
    await expect(failure).rejects.toBeInstanceOf(CallbackRejectedError);
    await expect(failure).rejects.toMatchObject({ status: 400, code: 40060 });
    expect(discord.arrivals).toHaveLength(1);
  });

  it('given nobody listening, then it fails within the deadline without throwing synchronously', async () => {
    const poster = createCallbackPoster({ apiBase: 'http://127.0.0.1:1/api', deadlineMs: 500 });
    await expect(poster(interaction, pong, performance.now())).rejects.toThrow(/deadline/);
  });
});
