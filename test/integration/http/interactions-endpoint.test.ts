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
  generateEd25519Pair,
  nowSeconds,
  signBody,
  signedHeaders,
} from '../../../fixtures/ed25519-signer.js';
import { describeRefusedRequests, toAnswer } from './refused-requests.js';
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

async function post(body: string, headers: Record<string, string>) {
  const res = await fetch(`${base}/interactions`, { method: 'POST', headers, body });
  return {
    status: res.status,
    contentType: res.headers.get('content-type'),
    json: await res.json(),
  };
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

describeRefusedRequests(
  {
    send: async (path, sent) => toAnswer(await fetch(`${base}${path}`, sent)),
    port: () => Number(new URL(base).port),
    servesPages: false,
  },
  { discord, impostor },
);

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
