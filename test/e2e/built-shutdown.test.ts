import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { connect, type Socket } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { startLocalDiscord, type LocalDiscord } from '../../src/local-discord/local-discord.js';
import { SHUTDOWN_GRACE_MS } from '../../src/shutdown/shutdown-signals.js';
import { generateEd25519Pair } from '../../fixtures/ed25519-signer.js';
import { APPLICATION_ID } from '../../fixtures/sample-interactions.js';
import { killBuiltProcesses, startBuilt, type BuiltProcess } from '../../fixtures/built-process.js';
import { botProcessEnv } from '../../fixtures/bot-process-env.js';
import { freePort } from '../../fixtures/free-port.js';
import { guildOnShard } from '../../fixtures/gateway-world.js';
import { montage, rank } from '../../fixtures/montage-options.js';

/**
 * The built services as a supervisor runs them: `node dist/...` as a process-group leader, the
 * whole group signalled as systemd (KillMode=control-group) and a terminal's Ctrl-C do.
 */
const IDLE_EXIT_BUDGET_MS = 1_000;
const keys = generateEd25519Pair();
const sockets: Socket[] = [];
let discord: LocalDiscord | undefined;

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  killBuiltProcesses();
  await discord?.close();
  discord = undefined;
});

/** The first JSON log line whose msg matches, parsed. */
function logEntry(started: BuiltProcess, msg: RegExp): Record<string, unknown> {
  for (const line of started.output().split('\n')) {
    if (!line.startsWith('{')) continue;
    const entry = JSON.parse(line) as Record<string, unknown>;
    if (typeof entry.msg === 'string' && msg.test(entry.msg)) return entry;
  }
  throw new Error(`no log line matching ${String(msg)}:\n${started.output()}`);
}

async function openSocket(port: number, send = ''): Promise<Socket> {
  const socket = connect({ port, host: '127.0.0.1' });
  sockets.push(socket);
  socket.on('error', () => undefined);
  await once(socket, 'connect');
  if (send !== '') socket.write(send);
  return socket;
}

/** A connection that never sends a byte, and one that stops halfway through its headers. */
async function openSilentAndHalfSent(port: number): Promise<void> {
  await openSocket(port);
  await openSocket(port, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Half: ');
}

/** Signals the group, then again after 50 ms; resolves with the exit and ms since the first. */
async function terminateTwice(started: BuiltProcess) {
  const signalled = performance.now();
  started.signalGroup('SIGTERM');
  await sleep(50);
  started.signalGroup('SIGTERM');
  const exit = await started.exited;
  return { code: exit.code, signal: exit.signal, ms: exit.at - signalled };
}

async function startServe(): Promise<{ serve: BuiltProcess; port: number }> {
  const serve = startBuilt('dist/adapters/http/main.js', {
    DISCORD_PUBLIC_KEY: keys.publicKeyHex,
    DISCORD_APPLICATION_ID: APPLICATION_ID,
    HOST: '127.0.0.1',
    PORT: String(await freePort()),
    LOG_LEVEL: 'info',
  });
  await serve.waitForOutput(/"msg":"HTTP interactions endpoint listening"/);
  return { serve, port: logEntry(serve, /listening/).port as number };
}

describe('npm run serve, built, under a supervisor', { timeout: 30_000 }, () => {
  it('given a silent, a half-sent and an idle keep-alive connection, when SIGTERM arrives twice, then it exits 0 within 1 s', async () => {
    const { serve, port } = await startServe();
    await openSilentAndHalfSent(port);
    const keepAlive = await openSocket(port, 'GET /healthz HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n');
    await once(keepAlive, 'data');

    const exit = await terminateTwice(serve);

    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.ms).toBeLessThan(IDLE_EXIT_BUDGET_MS);
  });

  it('then the grace period outlasts the header and request timeouts', async () => {
    const { createInteractionsServer } =
      await import('../../src/adapters/http/interactions-server.js');
    const { server } = createInteractionsServer({ publicKey: keys.publicKeyHex, commands: [] });
    expect(server.headersTimeout).toBeLessThan(SHUTDOWN_GRACE_MS);
    expect(server.requestTimeout).toBeLessThan(SHUTDOWN_GRACE_MS);
  });
});

describe('npm start (the gateway bot), built, under a supervisor', { timeout: 30_000 }, () => {
  it('given silent and half-sent connections to its health check, when SIGTERM arrives twice, then it exits 0 within 1 s', async () => {
    discord = await startLocalDiscord({ heartbeatIntervalMs: 1000 });
    const bot = startBuilt('dist/main.js', {
      ...botProcessEnv(discord),
      HEALTH_PORT: String(await freePort()),
    });
    await discord.gateway.waitForShardReady(0, { timeoutMs: 20_000 });
    await bot.waitForOutput(/"msg":"health check listening/);
    await openSilentAndHalfSent(logEntry(bot, /health check listening/).port as number);
    expect((await discord.sendInteraction(montage(rank(1)))).accepted?.status).toBe(204);

    const exit = await terminateTwice(bot);

    expect(exit).toMatchObject({ code: 0, signal: null });
    expect(exit.ms).toBeLessThan(IDLE_EXIT_BUDGET_MS);
  });

  it('given an answer in flight (its callback rate limited), when SIGTERM arrives twice, then the answer is delivered and it exits 0', async () => {
    discord = await startLocalDiscord({ heartbeatIntervalMs: 1000 });
    const bot = startBuilt('dist/main.js', botProcessEnv(discord));
    await discord.gateway.waitForShardReady(0, { timeoutMs: 20_000 });
    discord.faults.failRestRequests({ status: 429, route: '/callback', retryAfterSeconds: 0.5 });

    const record = discord.dispatchInteraction(montage(rank(2)));
    await discord.restLog.waitFor({ method: 'POST', path: '/callback' });
    const exit = terminateTwice(bot);

    expect((await discord.interactions.waitForAcknowledgement(record.id)).accepted?.status).toBe(
      204,
    );
    expect(await exit).toMatchObject({ code: 0, signal: null });
  });
});

describe('npm run start:sharded, built, under a supervisor', { timeout: 60_000 }, () => {
  it('given two shard processes on plain node, when the group gets SIGTERM twice, then each shard has answered and all exit 0 within 1 s', async () => {
    discord = await startLocalDiscord({ guildCount: 4, maxConcurrency: 16, recommendedShards: 2 });
    const manager = startBuilt('dist/adapters/gateway/sharded-main.js', {
      ...botProcessEnv(discord),
      SHARD_COUNT: '2',
      SHARD_SPAWN_DELAY_MS: '0',
    });
    await discord.gateway.waitForShardReady(0, { timeoutMs: 40_000 });
    await discord.gateway.waitForShardReady(1, { timeoutMs: 40_000 });

    const shardCommands = execFileSync('ps', ['-o', 'args=', '--ppid', String(manager.pid)], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    expect(shardCommands).toHaveLength(2);
    for (const command of shardCommands) {
      expect(command).toMatch(/dist\/main\.js$/);
      expect(command).not.toMatch(/tsx/);
    }
    for (const shardId of [0, 1]) {
      const record = await discord.sendInteraction(montage(rank(3)), {
        guildId: guildOnShard(discord, shardId),
      });
      expect(record).toMatchObject({ shardId, accepted: { status: 204 } });
    }

    const exit = await terminateTwice(manager);

    expect(exit, manager.output()).toMatchObject({ code: 0, signal: null });
    expect(exit.ms).toBeLessThan(IDLE_EXIT_BUDGET_MS);
    expect(logEntry(manager, /every shard stopped/)).toMatchObject({ codes: [0, 0] });
  });
});
