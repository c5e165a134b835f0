import { describe, expect, it } from 'vitest';
import { montage, rank } from '../../fixtures/montage-options.js';
import { parsePrometheusText, sampleValue } from '../../fixtures/prometheus-text.js';
import { gatewayPerTest } from './gateway-harness.js';

const startWorld = gatewayPerTest();

/** The bot with its health port and /metrics, and the base URL they are served at. */
async function start(shards: number) {
  const world = await startWorld({
    shards,
    discord: { guildCount: 2, heartbeatIntervalMs: 300 },
    bot: { health: { port: 0, host: '127.0.0.1' } },
  });
  return { ...world, base: `http://127.0.0.1:${String(world.bot.healthPort)}` };
}

async function scrape(base: string) {
  const res = await fetch(`${base}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/plain; version=0.0.4; charset=utf-8');
  return parsePrometheusText(await res.text());
}

describe("GET /metrics on the gateway bot's health port", () => {
  it('given two ready shards, then each shows as ready with its status and a measured heartbeat', async () => {
    const { bot, base } = await start(2);
    await expect.poll(() => bot.health().shards).toEqual([0, 1]);
    // discord.js knows a shard's ping once its first heartbeat is acknowledged.
    await expect
      .poll(async () =>
        (await scrape(base)).filter((s) => s.name === 'rocky_gateway_heartbeat_latency_seconds'),
      )
      .toHaveLength(2);

    const samples = await scrape(base);
    for (const shard of ['0', '1']) {
      expect(sampleValue(samples, 'rocky_gateway_shard_ready', { shard })).toBe(1);
      expect(sampleValue(samples, 'rocky_gateway_shard_status', { shard, status: 'Ready' })).toBe(
        1,
      );
      const latency = sampleValue(samples, 'rocky_gateway_heartbeat_latency_seconds', { shard });
      expect(latency).toBeGreaterThanOrEqual(0);
      expect(latency).toBeLessThan(1);
    }
    expect(sampleValue(samples, 'process_resident_memory_bytes')).toBeGreaterThan(0);
  });

  it('given a shard closed by Discord, then it shows as not ready until it resumes', async () => {
    const { discord, bot, base } = await start(1);
    await expect.poll(() => bot.health().healthy).toBe(true);
    discord.faults.closeShard(0, 4000);
    await expect
      .poll(async () =>
        sampleValue(await scrape(base), 'rocky_gateway_shard_ready', { shard: '0' }),
      )
      .toBe(0);
    await expect
      .poll(async () =>
        sampleValue(await scrape(base), 'rocky_gateway_shard_ready', { shard: '0' }),
      )
      .toBe(1);
  });

  it('given an answered command and a callback Discord refuses, then answered and rejected are counted and timed', async () => {
    const { discord, base } = await start(1);
    const record = await discord.sendInteraction(montage(rank(1)));
    expect(record.accepted).not.toBeNull();
    // An interaction Discord does not know (an unknown id and token) has its callback refused.
    discord.gateway.dispatch(record.shardId, 'INTERACTION_CREATE', {
      ...record.payload,
      id: '1999999999999999999',
      token: 'not-a-token-discord-issued',
    });

    const total = (samples: ReturnType<typeof parsePrometheusText>, outcome: string) =>
      sampleValue(samples, 'rocky_interactions_total', { kind: 'command', outcome });
    await expect.poll(async () => total(await scrape(base), 'rejected')).toBe(1);
    const samples = await scrape(base);
    expect(total(samples, 'answered')).toBe(1);
    expect(total(samples, 'failed')).toBe(0);
    const count = (outcome: string) =>
      sampleValue(samples, 'rocky_interaction_duration_seconds_count', {
        kind: 'command',
        outcome,
      });
    expect(count('answered')).toBe(1);
    expect(count('rejected')).toBe(1);
  });

  it('when HEAD or POST /metrics, then headers only, and 405 like /healthz', async () => {
    const { base } = await start(1);
    const head = await fetch(`${base}/metrics`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
    const post = await fetch(`${base}/metrics`, { method: 'POST', body: '' });
    expect(post.status).toBe(405);
    expect(post.headers.get('allow')).toBe('GET, HEAD');
  });
});
