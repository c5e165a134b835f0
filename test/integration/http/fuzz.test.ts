import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createInteractionsServer,
  type InteractionsServer,
} from '../../../src/adapters/http/interactions-server.js';
import { makeCases, runCases } from './fuzz-cases.js';
import { generateEd25519Pair, signedHeaders } from '../../../fixtures/ed25519-signer.js';
import { pingInteraction } from '../../../fixtures/sample-interactions.js';
import { COMMANDS } from '../../../commands/index.js';

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
    expect([...kinds.keys()].length).toBeGreaterThanOrEqual(9);
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
