import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  InteractionResponseType,
  type APIApplicationCommandAutocompleteResponse,
  type APIInteraction,
  type APIInteractionResponse,
  type APIInteractionResponseChannelMessageWithSource,
  type APIInteractionResponseUpdateMessage,
} from 'discord-api-types/v10';
import { COMMANDS } from '../../../commands/index.js';
import {
  createInteractionsServer,
  type InteractionsServer,
} from '../../../src/adapters/http/interactions-server.js';
import {
  declareTooLargeBody,
  pingOfExactly64KiB,
  streamTooLargeChunkedBody,
} from './oversized-requests.js';
import {
  generateEd25519Pair,
  nowSeconds,
  signBody,
  signedHeaders,
} from '../../../fixtures/ed25519-signer.js';
import { rawExchange } from './raw-http.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  pingInteraction,
} from '../../../fixtures/sample-interactions.js';

const discord = generateEd25519Pair();
const impostor = generateEd25519Pair();

let endpoint: InteractionsServer;
let base: string;

beforeEach(async () => {
  endpoint = createInteractionsServer({
    publicKey: discord.publicKeyHex,
    commands: COMMANDS,
  });
  const { port } = await endpoint.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
});

afterEach(async () => {
  await endpoint.close();
});

const port = (): number => Number(new URL(base).port);

async function post(body: string, headers: Record<string, string>, path = '/interactions') {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers, body });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    json: await res.json(),
  };
}

function without(headers: Record<string, string>, name: string): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([key]) => key !== name));
}

const postSigned = (interaction: APIInteraction) => {
  const body = JSON.stringify(interaction);
  return post(body, signedHeaders(discord.privateKey, body));
};

describe('given a validly signed PING', () => {
  it('then it answers 200 {"type":1} as application/json', async () => {
    const res = await postSigned(pingInteraction());
    expect(res).toEqual({ status: 200, contentType: 'application/json', json: { type: 1 } });
  });
});

describe('given a validly signed /montage interaction, the endpoint serves the real answer', () => {
  it('film:Rocky IV: the #2 montage, in the channel, pinging nobody', async () => {
    const res = await postSigned(chatInputInteraction());
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('application/json');
    const answer = res.json as APIInteractionResponseChannelMessageWithSource;
    expect(answer.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(answer.data.embeds?.[0]?.title).toBe('#2 · Rocky IV (1985)');
    expect(answer.data.flags).toBeUndefined();
    expect(answer.data.allowed_mentions).toEqual({ parse: [] });
  });

  it('autocomplete on film "roc": all six titles, in rank order', async () => {
    const res = await postSigned(autocompleteInteraction());
    expect(res.status).toBe(200);
    const answer = res.json as APIApplicationCommandAutocompleteResponse;
    expect(answer.type).toBe(InteractionResponseType.ApplicationCommandAutocompleteResult);
    expect(answer.data.choices?.map((choice) => choice.value)).toEqual([
      'Rocky Balboa',
      'Rocky IV',
      'Rocky',
      'Rocky II',
      'Rocky V',
      'Rocky III',
    ]);
  });

  it("the asker presses the #4 reply's button to #3: the message is updated to #3", async () => {
    const res = await postSigned(buttonInteraction());
    expect(res.status).toBe(200);
    const answer = res.json as APIInteractionResponseUpdateMessage;
    expect(answer.type).toBe(InteractionResponseType.UpdateMessage);
    expect(answer.data?.embeds?.[0]?.title).toBe('#3 · Rocky (1976)');
    expect(answer.data?.allowed_mentions).toEqual({ parse: [] });
  });
});

describe('given a request that is not validly signed, then 401', () => {
  const body = JSON.stringify(pingInteraction());

  it('when both signature headers are missing', async () => {
    const res = await post(body, { 'content-type': 'application/json' });
    expect(res.status).toBe(401);
    expect(res.json).toEqual({ error: expect.any(String) as string });
  });

  it('when only the timestamp header is missing', async () => {
    const headers = without(signedHeaders(discord.privateKey, body), 'x-signature-timestamp');
    expect((await post(body, headers)).status).toBe(401);
  });

  it('when only the signature header is missing', async () => {
    const headers = without(signedHeaders(discord.privateKey, body), 'x-signature-ed25519');
    expect((await post(body, headers)).status).toBe(401);
  });

  it('when it is signed with another key', async () => {
    expect((await post(body, signedHeaders(impostor.privateKey, body))).status).toBe(401);
  });

  it('when the signature is not hex', async () => {
    const headers = { ...signedHeaders(discord.privateKey, body), 'x-signature-ed25519': 'zz' };
    expect((await post(body, headers)).status).toBe(401);
  });

  it('when the signature belongs to a different body', async () => {
    const other = JSON.stringify(pingInteraction());
    expect((await post(body, signedHeaders(discord.privateKey, other))).status).toBe(401);
  });

  it('when the signature belongs to a different timestamp', async () => {
    const headers = signedHeaders(discord.privateKey, body);
    headers['x-signature-timestamp'] = String(Number(headers['x-signature-timestamp']) - 1);
    expect((await post(body, headers)).status).toBe(401);
  });

  it.each(['', 'abc', '1e9', '-1', '1700000000x', '1700000000.5', '9'.repeat(16)])(
    'when the timestamp %j is not whole unix seconds, it says so (not "outside the window")',
    async (timestamp) => {
      const headers = signedHeaders(discord.privateKey, body, timestamp);
      const res = await post(body, headers);
      expect(res).toEqual({
        status: 401,
        contentType: 'application/json',
        json: { error: 'X-Signature-Timestamp must be whole unix seconds' },
      });
    },
  );

  it('when the timestamp is more than 5 minutes old, even with a valid signature', async () => {
    const stale = String(Math.floor(Date.now() / 1000) - 301);
    expect(await post(body, signedHeaders(discord.privateKey, body, stale))).toEqual({
      status: 401,
      contentType: 'application/json',
      json: { error: 'X-Signature-Timestamp is outside the 5 minute window' },
    });
  });

  it('when the timestamp is more than 5 minutes ahead, even with a valid signature', async () => {
    const future = String(Math.floor(Date.now() / 1000) + 301);
    expect((await post(body, signedHeaders(discord.privateKey, body, future))).status).toBe(401);
  });
});

describe('given a validly signed body that is not an interaction, then 400', () => {
  it.each([
    ['not JSON', '{"type":1,'],
    ['JSON but not an object', '[1,2,3]'],
    ['an object without an interaction shape', '{"hello":"world"}'],
    ['an unknown interaction type', JSON.stringify({ ...pingInteraction(), type: 42 })],
    ['a command without data', JSON.stringify({ ...chatInputInteraction(), data: undefined })],
    ['a numeric token', JSON.stringify({ ...pingInteraction(), token: 7 })],
  ])('%s', async (_label, body) => {
    const res = await post(body, signedHeaders(discord.privateKey, body));
    expect(res.status).toBe(400);
    expect(res.contentType).toBe('application/json');
    expect(res.json).toEqual({ error: expect.any(String) as string });
  });
});

describe('given a body over 64 KiB, then 413 without reading it all', () => {
  it('when Content-Length declares it (answered before any body byte is sent)', async () => {
    const res = await rawExchange(port(), { write: declareTooLargeBody });
    expect(res.status).toBe(413);
    expect(res.headers['content-type']).toBe('application/json');
    expect(JSON.parse(res.body)).toEqual({ error: expect.any(String) as string });
  });

  it('when it arrives chunked (answered before the body ends)', async () => {
    const res = await rawExchange(port(), { write: streamTooLargeChunkedBody });
    expect(res.status).toBe(413);
  });

  it('but a validly signed body of exactly 64 KiB is accepted', async () => {
    const body = pingOfExactly64KiB();
    expect(Buffer.byteLength(body)).toBe(65536);
    expect((await post(body, signedHeaders(discord.privateKey, body))).status).toBe(200);
  });
});

describe('given the wrong method or path', () => {
  it('GET /interactions is 405 with Allow: POST', async () => {
    const res = await fetch(`${base}/interactions`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(await res.json()).toEqual({ error: expect.any(String) as string });
  });

  it('PUT /interactions is 405 with Allow: POST', async () => {
    const res = await fetch(`${base}/interactions`, { method: 'PUT', body: '{}' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('POST /healthz is 405 with Allow: GET, HEAD', async () => {
    const res = await fetch(`${base}/healthz`, { method: 'POST', body: '' });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('GET, HEAD');
  });

  it('an unknown path is 404 JSON', async () => {
    const body = JSON.stringify(pingInteraction());
    const res = await post(body, signedHeaders(discord.privateKey, body), '/interaction');
    expect(res).toEqual({
      status: 404,
      contentType: 'application/json',
      json: { error: expect.any(String) as string },
    });
  });
});

describe('GET /healthz', () => {
  it('answers 200 once listening', async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
  });
});

describe('given many concurrent signed requests', () => {
  it('then each gets its own correct answer', async () => {
    const interactions = Array.from({ length: 200 }, (_, i) =>
      i % 2 === 0 ? pingInteraction() : chatInputInteraction(),
    );
    const answers = await Promise.all(interactions.map(postSigned));
    answers.forEach((res, i) => {
      expect(res.status).toBe(200);
      const answer = res.json as APIInteractionResponse;
      if (i % 2 === 0) expect(answer).toEqual({ type: InteractionResponseType.Pong });
      else expect(JSON.stringify(answer)).toContain('"title":"#2 · Rocky IV (1985)"');
    });
  });
});

describe('signature checks are Discord-compatible', () => {
  it('the test signer and the endpoint agree on the signed message (timestamp + body)', async () => {
    const body = JSON.stringify(pingInteraction());
    const timestamp = nowSeconds();
    const res = await post(body, {
      'x-signature-ed25519': signBody(discord.privateKey, timestamp, body),
      'x-signature-timestamp': timestamp,
    });
    expect(res.status).toBe(200);
  });
});

describe('given slow or idle clients', () => {
  it('then header, request and keep-alive time are all bounded', () => {
    const { server } = endpoint;
    expect(server.headersTimeout).toBeGreaterThan(0);
    expect(server.headersTimeout).toBeLessThanOrEqual(10_000);
    expect(server.requestTimeout).toBeGreaterThan(0);
    expect(server.requestTimeout).toBeLessThanOrEqual(15_000);
    expect(server.keepAliveTimeout).toBeGreaterThan(0);
    expect(server.keepAliveTimeout).toBeLessThanOrEqual(server.headersTimeout);
  });

  it('then close() does not wait for idle keep-alive connections', async () => {
    await fetch(`${base}/healthz`, { headers: { connection: 'keep-alive' } });
    const started = Date.now();
    // afterEach closes again; close() is idempotent.
    await endpoint.close();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
