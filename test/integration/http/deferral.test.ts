import { afterEach, describe, expect, it } from 'vitest';
import {
  InteractionResponseType,
  MessageFlags,
  type APIInteraction,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import {
  createInteractionsServer,
  type InteractionHandler,
  type InteractionsServer,
} from '../../../src/adapters/http/interactions-server.js';
import { generateEd25519Pair, signedHeaders } from '../../../fixtures/ed25519-signer.js';
import {
  APPLICATION_ID,
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
} from '../../../fixtures/sample-interactions.js';
import { startWebhookRecorder, type WebhookRecorder } from './webhook-recorder.js';

const discord = generateEd25519Pair();
const DEFER_AFTER_MS = 30;

const message: APIInteractionResponse = {
  type: InteractionResponseType.ChannelMessageWithSource,
  data: { content: 'Rocky IV: the Siberia montage', allowed_mentions: { parse: [] } },
};
const update: APIInteractionResponse = {
  type: InteractionResponseType.UpdateMessage,
  data: { content: 'Page 2 of 6', components: [] },
};
const choices: APIInteractionResponse = {
  type: InteractionResponseType.ApplicationCommandAutocompleteResult,
  data: { choices: [{ name: 'Rocky IV', value: 'rocky-iv' }] },
};

/**
 * A stand-in for a slow core that stays pending until the test releases it, so "slower than the
 * threshold" holds however loaded the machine is.
 */
function gated<T>(value: () => T) {
  let open: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => {
    open = resolve;
  });
  // A failed assertion must not leave close() in afterEach waiting on a handler forever.
  openGates.push(open);
  let settled: Promise<T> | undefined;
  return {
    handler: (): Promise<T> => (settled = gate.then(value)),
    release: async (): Promise<void> => {
      open();
      await settled?.catch(() => undefined);
    },
  };
}

const openGates: (() => void)[] = [];

const pause = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

let endpoint: InteractionsServer | undefined;
let recorder: WebhookRecorder | undefined;

afterEach(async () => {
  for (const open of openGates.splice(0)) open();
  await endpoint?.close();
  await recorder?.close();
  endpoint = undefined;
  recorder = undefined;
});

async function start(handler: InteractionHandler) {
  recorder = await startWebhookRecorder();
  endpoint = createInteractionsServer({
    publicKey: discord.publicKeyHex,
    applicationId: APPLICATION_ID,
    apiBase: recorder.apiBase,
    handler,
    deferAfterMs: DEFER_AFTER_MS,
  });
  const { port } = await endpoint.listen(0, '127.0.0.1');
  return { recorder, url: `http://127.0.0.1:${port}/interactions` };
}

async function send(url: string, interaction: APIInteraction) {
  const body = JSON.stringify(interaction);
  const res = await fetch(url, {
    method: 'POST',
    headers: signedHeaders(discord.privateKey, body),
    body,
  });
  return { status: res.status, json: await res.json() };
}

const originalPath = (interaction: APIInteraction) =>
  `/api/v10/webhooks/${APPLICATION_ID}/${interaction.token}/messages/@original`;

describe('given a handler slower than the deferral threshold', () => {
  it('a command is answered with type 5 first, then completed by PATCH @original with the data', async () => {
    const slow = gated(() => message);
    const { recorder, url } = await start(slow.handler);
    const interaction = chatInputInteraction();

    const answer = await send(url, interaction);
    expect(answer).toEqual({
      status: 200,
      json: { type: InteractionResponseType.DeferredChannelMessageWithSource },
    });
    expect(recorder.requests).toHaveLength(0);

    await slow.release();

    const followUp = await recorder.next();
    expect(followUp).toEqual({
      method: 'PATCH',
      path: originalPath(interaction),
      contentType: 'application/json',
      body: message.data,
    });
  });

  it('a button click is answered with type 6 first, then the message is edited via PATCH @original', async () => {
    const slow = gated(() => update);
    const { recorder, url } = await start(slow.handler);
    const interaction = buttonInteraction();

    const answer = await send(url, interaction);
    expect(answer.json).toEqual({ type: InteractionResponseType.DeferredMessageUpdate });
    expect(recorder.requests).toHaveLength(0);

    await slow.release();

    const followUp = await recorder.next();
    expect(followUp).toMatchObject({
      method: 'PATCH',
      path: originalPath(interaction),
      body: update.data,
    });
  });

  it('a button click whose late answer is a new message gets it as a follow-up, leaving the clicked message alone', async () => {
    const slow = gated(() => message);
    const { recorder, url } = await start(slow.handler);
    const interaction = buttonInteraction();

    const answer = await send(url, interaction);
    expect(answer.json).toEqual({ type: InteractionResponseType.DeferredMessageUpdate });

    await slow.release();

    const followUp = await recorder.next();
    expect(followUp).toMatchObject({
      method: 'POST',
      path: `/api/v10/webhooks/${APPLICATION_ID}/${interaction.token}`,
      body: message.data,
    });
  });

  it('an autocomplete, which cannot be deferred, gets empty choices and no follow-up', async () => {
    const slow = gated(() => choices);
    const { recorder, url } = await start(slow.handler);

    const answer = await send(url, autocompleteInteraction());
    expect(answer.json).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: { choices: [] },
    });
    await slow.release();
    // close() waits for every follow-up, so nothing can still be on its way afterwards.
    await endpoint?.close();
    expect(recorder.requests).toHaveLength(0);
  });

  it('a command whose handler then fails gets an apology instead of "thinking..." forever', async () => {
    const slow = gated((): APIInteractionResponse => {
      throw new Error('boom');
    });
    const { recorder, url } = await start(slow.handler);
    const answer = await send(url, chatInputInteraction());
    expect(answer.json).toEqual({ type: InteractionResponseType.DeferredChannelMessageWithSource });
    await slow.release();
    expect((await recorder.next()).body).toEqual({ content: expect.any(String) as string });
  });

  it('close() waits for the pending follow-up before resolving', async () => {
    const slow = gated(() => message);
    const { recorder, url } = await start(slow.handler);
    await send(url, chatInputInteraction());
    const closed = endpoint?.close();
    await pause(50);
    expect(recorder.requests).toHaveLength(0);
    void slow.release();
    await closed;
    expect(recorder.requests).toHaveLength(1);
  });
});

describe('given an async handler faster than the threshold', () => {
  it('then its response is answered directly, with no follow-up', async () => {
    const ephemeral: APIInteractionResponse = {
      type: InteractionResponseType.ChannelMessageWithSource,
      data: { content: 'quick', flags: MessageFlags.Ephemeral },
    };
    const { recorder, url } = await start(() => Promise.resolve(ephemeral));
    const answer = await send(url, chatInputInteraction());
    expect(answer.json).toEqual(ephemeral);
    expect(recorder.requests).toHaveLength(0);
  });
});

describe('given a handler that throws synchronously', () => {
  it('then 500 with a JSON error, and the server keeps serving', async () => {
    let calls = 0;
    const { url } = await start(() => {
      calls++;
      if (calls === 1) throw new Error('boom');
      return message;
    });
    const first = await send(url, chatInputInteraction());
    expect(first).toMatchObject({ status: 500, json: { error: expect.any(String) as string } });
    const second = await send(url, chatInputInteraction());
    expect(second).toMatchObject({ status: 200, json: message });
  });
});
