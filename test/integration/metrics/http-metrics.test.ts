import type { APIInteraction } from 'discord-api-types/v10';
import { afterEach, describe, expect, it } from 'vitest';
import { Registry } from 'prom-client';
import { COMMANDS } from '../../../commands/index.js';
import {
  createInteractionsServer,
  type InteractionsServer,
} from '../../../src/adapters/http/interactions-server.js';
import { createProcessRegistry } from '../../../src/metrics/process-registry.js';
import { generateEd25519Pair, signedHeaders } from '../../../fixtures/ed25519-signer.js';
import {
  autocompleteInteraction,
  buttonInteraction,
  chatInputInteraction,
  montageRankOneBody,
  pingInteraction,
} from '../../../fixtures/sample-interactions.js';
import { parsePrometheusText, sampleValue } from '../../../fixtures/prometheus-text.js';

const discord = generateEd25519Pair();
const impostor = generateEd25519Pair();

let endpoint: InteractionsServer | undefined;

afterEach(async () => {
  await endpoint?.close();
  endpoint = undefined;
});

async function start(metrics: Registry | undefined): Promise<string> {
  endpoint = createInteractionsServer({
    publicKey: discord.publicKeyHex,
    commands: COMMANDS,
    metrics,
  });
  const { port } = await endpoint.listen(0, '127.0.0.1');
  return `http://127.0.0.1:${String(port)}`;
}

async function postSigned(base: string, body: string, signer = discord): Promise<number> {
  const res = await fetch(`${base}/interactions`, {
    method: 'POST',
    headers: signedHeaders(signer.privateKey, body),
    body,
  });
  await res.arrayBuffer();
  return res.status;
}

const bodyOf = (interaction: APIInteraction) => JSON.stringify(interaction);

async function scrape(base: string) {
  const res = await fetch(`${base}/metrics`);
  expect(res.status).toBe(200);
  return {
    contentType: res.headers.get('content-type'),
    samples: parsePrometheusText(await res.text()),
  };
}

const counted = (kind: string, outcome: string) => ({ kind, outcome });

describe('GET /metrics on the HTTP endpoint', () => {
  it('given real signed interactions and a forged one, then each is counted by kind and outcome and timed', async () => {
    const base = await start(createProcessRegistry());
    // /montage rank:1 is an answer; an unknown option and a stale button get an ephemeral notice.
    expect(await postSigned(base, montageRankOneBody())).toBe(200);
    expect(await postSigned(base, bodyOf(chatInputInteraction()))).toBe(200);
    expect(await postSigned(base, bodyOf(autocompleteInteraction()))).toBe(200);
    expect(await postSigned(base, bodyOf(buttonInteraction()))).toBe(200);
    expect(await postSigned(base, bodyOf(pingInteraction()))).toBe(200);
    expect(await postSigned(base, montageRankOneBody(), impostor)).toBe(401);

    const { contentType, samples } = await scrape(base);
    expect(contentType).toBe('text/plain; version=0.0.4; charset=utf-8');
    const total = (kind: string, outcome: string) =>
      sampleValue(samples, 'rocky_interactions_total', counted(kind, outcome));
    expect(total('command', 'answered')).toBe(1);
    expect(total('command', 'notice')).toBe(1);
    expect(total('autocomplete', 'answered')).toBe(1);
    expect(total('component', 'notice')).toBe(1);
    expect(total('ping', 'answered')).toBe(1);
    expect(total('unknown', 'rejected')).toBe(1);
    expect(total('command', 'failed')).toBe(0);

    const timed = samples.filter((s) => s.name === 'rocky_interaction_duration_seconds_count');
    expect(timed.reduce((sum, s) => sum + s.value, 0)).toBe(6);
    // Every answer here takes well under Discord's 3 s: all six sit in the 2.5 s bucket.
    const underDeadline = samples.filter(
      (s) => s.name === 'rocky_interaction_duration_seconds_bucket' && s.labels.le === '2.5',
    );
    expect(underDeadline.reduce((sum, s) => sum + s.value, 0)).toBe(6);
  });

  it('given a fresh process registry, then Node’s default process metrics are there too', async () => {
    const base = await start(createProcessRegistry());
    const { samples } = await scrape(base);
    expect(sampleValue(samples, 'process_cpu_user_seconds_total')).toBeGreaterThan(0);
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
    expect(samples.some((s) => s.name === 'nodejs_eventloop_lag_seconds')).toBe(true);
    expect(samples.some((s) => s.name === 'nodejs_heap_size_used_bytes')).toBe(true);
  });

  it('given a body that is not an interaction, then it is counted as rejected', async () => {
    const base = await start(new Registry());
    expect(await postSigned(base, '{"hello":"world"}')).toBe(400);
    const { samples } = await scrape(base);
    expect(sampleValue(samples, 'rocky_interactions_total', counted('unknown', 'rejected'))).toBe(
      1,
    );
  });

  it('when HEAD or POST /metrics, then it behaves like /healthz: headers only, and 405', async () => {
    const base = await start(new Registry());
    const head = await fetch(`${base}/metrics`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(Number(head.headers.get('content-length'))).toBeGreaterThan(0);
    expect(await head.text()).toBe('');
    const post = await fetch(`${base}/metrics`, { method: 'POST', body: '' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });

  it('given metrics turned off, then /metrics is not found and interactions are still answered', async () => {
    const base = await start(undefined);
    expect(await postSigned(base, montageRankOneBody())).toBe(200);
    const res = await fetch(`${base}/metrics`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ error: 'not found' });
  });
});
