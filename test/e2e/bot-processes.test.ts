import { afterEach, describe, expect, it } from 'vitest';
import { startLocalDiscord, type LocalDiscord } from '../../src/local-discord/local-discord.js';
import { botProcessEnv } from '../../fixtures/bot-process-env.js';
import { killBuiltProcesses, startWithTsx } from '../../fixtures/built-process.js';
import { freePort } from '../../fixtures/free-port.js';
import { guildOnShard } from '../../fixtures/gateway-world.js';
import { montage, rank } from '../../fixtures/montage-options.js';
import { parsePrometheusText, sampleValue } from '../../fixtures/prometheus-text.js';

let discord: LocalDiscord | undefined;

afterEach(async () => {
  killBuiltProcesses();
  await discord?.close();
  discord = undefined;
});

/** Runs an entry point through tsx against the local Discord (see botProcessEnv). */
const launch = (entry: string, local: LocalDiscord, env: Record<string, string> = {}) =>
  startWithTsx(entry, { ...botProcessEnv(local), ...env });

describe('the bot as a process', () => {
  it('given SIGTERM while running, then it finishes, disconnects and exits 0', async () => {
    discord = await startLocalDiscord({ heartbeatIntervalMs: 1000 });
    const bot = launch('src/main.ts', discord);
    await discord.gateway.waitForShardReady(0, { timeoutMs: 20_000 });
    const record = await discord.sendInteraction(montage(rank(1)));
    expect(record.accepted?.status).toBe(204);

    bot.child.kill('SIGTERM');
    expect((await bot.exited).code).toBe(0);
    expect(bot.output()).toMatch(/shutting down/);
    expect(bot.output()).not.toContain(discord.token);
  });

  it('given the gateway rejects the token with 4004, then a clear error and a non-zero exit', async () => {
    discord = await startLocalDiscord();
    discord.faults.rejectNextIdentify(4004);
    const bot = launch('src/main.ts', discord);
    expect((await bot.exited).code).not.toBe(0);
    expect(bot.output()).toMatch(/Discord rejected DISCORD_TOKEN.+Reset it in Developer Portal/);
    expect(bot.output()).not.toContain(discord.token);
  });

  it(
    'given npm run start:sharded with two shards, then each shard process answers its guilds and the manager’s /metrics shows both',
    { timeout: 60_000 },
    async () => {
      discord = await startLocalDiscord({
        guildCount: 6,
        maxConcurrency: 16,
        recommendedShards: 2,
        // Heartbeats soon after READY, so the heartbeat latency is measured within the test.
        heartbeatIntervalMs: 500,
      });
      const healthPort = await freePort();
      const manager = launch('src/adapters/gateway/sharded-main.ts', discord, {
        SHARD_COUNT: '2',
        SHARD_SPAWN_DELAY_MS: '0',
        HEALTH_PORT: String(healthPort),
      });
      await discord.gateway.waitForShardReady(0, { timeoutMs: 30_000 });
      await discord.gateway.waitForShardReady(1, { timeoutMs: 30_000 });

      for (const shardId of [0, 1]) {
        const record = await discord.sendInteraction(montage(rank(2)), {
          guildId: guildOnShard(discord, shardId),
        });
        expect(record.shardId).toBe(shardId);
        expect(record.accepted?.status).toBe(204);
      }
      const everyShardReadyWithHeartbeat = async () => {
        const res = await fetch(`http://127.0.0.1:${String(healthPort)}/metrics`);
        const samples = parsePrometheusText(await res.text());
        return ['0', '1'].every(
          (shard) =>
            sampleValue(samples, 'rocky_gateway_shard_ready', { shard }) === 1 &&
            sampleValue(samples, 'rocky_gateway_shard_status', { shard, status: 'Ready' }) === 1 &&
            (sampleValue(samples, 'rocky_gateway_heartbeat_latency_seconds', { shard }) ?? -1) >= 0,
        );
      };
      await expect.poll(everyShardReadyWithHeartbeat, { timeout: 15_000 }).toBe(true);

      // A shard process reports a resume, not a second ready: /healthz turns 200 again all the same.
      const healthz = () =>
        fetch(`http://127.0.0.1:${String(healthPort)}/healthz`).then((res) => res.status);
      const resumes = discord.gateway.stats.resumed;
      discord.faults.closeShard(0, 4000);
      const local = discord;
      await expect.poll(() => local.gateway.stats.resumed, { timeout: 15_000 }).toBe(resumes + 1);
      await expect.poll(healthz, { timeout: 15_000 }).toBe(200);

      manager.child.kill('SIGTERM');
      expect((await manager.exited).code).toBe(0);
    },
  );
});
