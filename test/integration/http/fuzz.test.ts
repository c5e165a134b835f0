import {
  InteractionResponseType,
  MessageFlags,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createInteractionsServer,
  type InteractionsServer,
} from '../../../src/adapters/http/interactions-server.js';
import { HOSTILE_INTERACTIONS, makeCases, runCases } from './fuzz-cases.js';
import { generateEd25519Pair, signedHeaders } from '../../../fixtures/ed25519-signer.js';
import { pingInteraction } from '../../../fixtures/sample-interactions.js';
import { COMMANDS } from '../../../commands/index.js';
import { callbackViolations } from '../../../src/local-discord/request-validation.js';

const CASES = 1200;
const CONCURRENCY = 32;
// Fixed by default so a failure reproduces; FUZZ_SEED=<n> explores other inputs.
const SEED = Number(process.env.FUZZ_SEED ?? 0x5eed);

const discord = generateEd25519Pair();
const keys = { discord, impostor: generateEd25519Pair() };

let endpoint: InteractionsServer;
let port: number;

beforeEach(async () => {
  endpoint = createInteractionsServer({
    publicKey: discord.publicKeyHex,
    commands: COMMANDS,
  });
  ({ port } = await endpoint.listen(0, '127.0.0.1'));
});

afterEach(async () => {
  await endpoint.close();
});

describe(`given ${CASES} random and mutated requests (seed ${SEED})`, () => {
  it('then never a 5xx, never a crash, never a 200 without a valid signature, and PING still works', async () => {
    const { failures, kinds } = await runCases(port, makeCases(SEED, CASES, keys), CONCURRENCY);

    expect(failures).toEqual([]);
    expect([...kinds.keys()].length).toBeGreaterThanOrEqual(10);
    expect(endpoint.server.listening).toBe(true);

    const body = JSON.stringify(pingInteraction());
    const res = await fetch(`http://127.0.0.1:${port}/interactions`, {
      method: 'POST',
      headers: signedHeaders(discord.privateKey, body),
      body,
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ type: 1 });
  });
});

type Hostile = keyof typeof HOSTILE_INTERACTIONS;

const textOf = (answer: APIInteractionResponse): string => JSON.stringify(answer);
const isPrivateMessage = (answer: APIInteractionResponse): boolean =>
  answer.type === InteractionResponseType.ChannelMessageWithSource &&
  ((answer.data.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
const UNKNOWN_OPTION =
  'I couldn’t use those options: it has an option I don’t know (I take `rank`, `film` and `hide`).';

/** What each hostile interaction must get instead of what it tried to bend the answer into. */
const EXPECTED: Record<Hostile, (answer: APIInteractionResponse) => void> = {
  'an option named __proto__': (answer) => {
    expect(isPrivateMessage(answer)).toBe(true);
    expect(answer).toMatchObject({ data: { content: UNKNOWN_OPTION } });
  },
  'a 5,000-character unknown option name': (answer) => {
    expect(answer).toMatchObject({ data: { content: UNKNOWN_OPTION } });
  },
  'a 200-digit invoker id': (answer) => {
    expect(textOf(answer)).toContain('#4 · Rocky II (1979)');
    expect(textOf(answer)).not.toContain('9'.repeat(21));
  },
  'an invoker id holding ":"': (answer) => {
    expect(textOf(answer)).toContain('#4 · Rocky II (1979)');
    expect(textOf(answer)).not.toContain('80351110224678912');
  },
  'rank:1e308': (answer) => {
    expect(answer).toMatchObject({
      data: {
        content: 'I couldn’t use those options: `rank`: rank must be a whole number from 1 to 6.',
      },
    });
  },
  'film with a masked link, mentions, bidi controls and lone surrogates': (answer) => {
    expect(isPrivateMessage(answer)).toBe(true);
    const content =
      answer.type === InteractionResponseType.ChannelMessageWithSource ? answer.data.content : '';
    for (const raw of ['](', '<id:', '<@1', '\u202e', '\u2066', '\ud800']) {
      expect(content).not.toContain(raw);
    }
  },
  'a 60 KB focused film value': (answer) => {
    expect(answer).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: {
        choices: [{ name: expect.stringContaining('Rocky IV') as string, value: 'Rocky IV' }],
      },
    });
  },
};

describe('given validly signed interactions meant to bend the answer', () => {
  it.each(Object.keys(HOSTILE_INTERACTIONS) as Hostile[])(
    '%s: one sane answer within Discord’s limits',
    async (label) => {
      const body = JSON.stringify(HOSTILE_INTERACTIONS[label]());
      const started = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}/interactions`, {
        method: 'POST',
        headers: signedHeaders(discord.privateKey, body),
        body,
      });
      const elapsed = performance.now() - started;
      expect(res.status).toBe(200);
      const answer = (await res.json()) as APIInteractionResponse;
      expect(callbackViolations(answer)).toEqual([]);
      EXPECTED[label](answer);
      // Uncapped, the 60 KB autocomplete alone cost about a second.
      expect(elapsed).toBeLessThan(500);
    },
  );
});
