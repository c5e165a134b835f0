import { GatewayDispatchEvents, type Client } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startLocalDiscord, type LocalDiscord } from '../../../src/local-discord/local-discord.js';
import {
  createLocalClient,
  handleInteractions,
  loginLocalClient,
} from '../../../fixtures/local-discord-client.js';
import { chatInputInteraction } from '../../../src/adapters/console/interaction-factory.js';

let discord: LocalDiscord;
let client: Client;
let replies: number;

beforeEach(async () => {
  discord = await startLocalDiscord({
    guildCount: 2,
    channelsPerGuild: 2,
    heartbeatIntervalMs: 300,
  });
  client = createLocalClient(discord);
  replies = 0;
  handleInteractions(client, async (interaction) => {
    if (!interaction.isChatInputCommand()) return;
    await interaction.reply(`pong ${interaction.commandName}`);
    replies += 1;
  });
});

afterEach(async () => {
  await client.destroy();
  await discord.close();
});

/** Sends an interaction while the shard is down and checks it is answered after the recovery. */
async function expectOutageInteractionAnswered(): Promise<void> {
  const record = discord.dispatchInteraction(chatInputInteraction('during-outage'));
  expect(discord.interactions.get(record.id)?.deliveredAt).toBeNull();
  const answered = await discord.interactions.waitForAcknowledgement(record.id);
  expect(answered.acknowledgements).toHaveLength(1);
  expect(answered.accepted?.status).toBe(204);
}

describe('given a logged-in client', () => {
  beforeEach(async () => {
    await loginLocalClient(client, discord.token);
  });

  it('when the shard is closed with 4000, then it resumes on resume_gateway_url and answers the interaction sent during the outage', async () => {
    discord.faults.closeShard(0, 4000);
    await expectOutageInteractionAnswered();

    expect(discord.gateway.stats).toMatchObject({
      identified: 1,
      resumed: 1,
      resumeUrlConnections: 1,
    });
    await expect.poll(() => replies).toBe(1);
  });

  it('when the connection drops (1006), then it resumes and answers the interaction sent during the outage', async () => {
    discord.faults.dropShard(0);
    await expectOutageInteractionAnswered();

    expect(discord.gateway.stats).toMatchObject({ identified: 1, resumed: 1 });
  });

  it('when the server sends op 7 RECONNECT, then the client reconnects and resumes', async () => {
    discord.faults.requestReconnect(0);
    await discord.gateway.waitForStats((stats) => stats.resumed === 1, 'a resume');

    expect(discord.gateway.stats.identified).toBe(1);
    expect(discord.gateway.stats.clientCloseCodes).toContain(4200);
    const record = await discord.sendInteraction(chatInputInteraction('after-reconnect'));
    expect(record.acknowledgements).toHaveLength(1);
  });

  it('when the server sends a resumable op 9, then the client resumes on the same session', async () => {
    const sessionBefore = discord.gateway.shards()[0]?.sessionId;
    discord.faults.invalidateSession(0, true);
    await discord.gateway.waitForStats((stats) => stats.resumed === 1, 'a resume');

    expect(discord.gateway.stats.identified).toBe(1);
    expect(discord.gateway.shards()[0]?.sessionId).toBe(sessionBefore);
  });

  it.each([
    [
      'a resumable op 9',
      (d: LocalDiscord) => {
        d.faults.invalidateSession(0, true);
      },
    ],
    [
      'op 7 RECONNECT',
      (d: LocalDiscord) => {
        d.faults.requestReconnect(0);
      },
    ],
  ])(
    'when an interaction follows %s at once, then it reaches the client once, after the resume',
    async (_fault, fault) => {
      const deliveries: string[] = [];
      client.ws.on(GatewayDispatchEvents.InteractionCreate, (data: { id: string }) => {
        deliveries.push(data.id);
      });
      fault(discord);
      const record = discord.dispatchInteraction(chatInputInteraction('right-after'));
      await discord.interactions.waitForAcknowledgement(record.id);
      await discord.gateway.waitForStats((stats) => stats.resumed === 1, 'a resume');
      // The socket delivers in order: once a later interaction is answered, any replay of the
      // first would already have arrived.
      const marker = discord.dispatchInteraction(chatInputInteraction('marker'));
      await discord.interactions.waitForAcknowledgement(marker.id);

      expect(deliveries.filter((id) => id === record.id)).toHaveLength(1);
      expect(discord.interactions.get(record.id)?.acknowledgements).toHaveLength(1);
    },
  );

  it('when the server sends a non-resumable op 9, then the client identifies a new session and keeps answering', async () => {
    const sessionBefore = discord.gateway.shards()[0]?.sessionId;
    discord.faults.invalidateSession(0, false);
    await discord.gateway.waitForStats((stats) => stats.identified === 2, 'a second identify');
    await discord.gateway.waitForShardReady(0);

    expect(discord.gateway.stats.resumed).toBe(0);
    expect(discord.gateway.shards()[0]?.sessionId).not.toBe(sessionBefore);
    const record = await discord.sendInteraction(chatInputInteraction('after-new-session'));
    expect(record.acknowledgements).toHaveLength(1);
  });

  it('when the callback gets a 429, then discord.js waits Retry-After, retries and the interaction is answered once', async () => {
    discord.faults.failRestRequests({ status: 429, route: '/callback', retryAfterSeconds: 0.2 });

    const record = await discord.sendInteraction(chatInputInteraction('limited'));

    const callbacks = discord.restLog.records({ method: 'POST', path: '/callback' });
    expect(callbacks.map((r) => [r.status, r.injectedFault])).toEqual([
      [429, true],
      [204, false],
    ]);
    const [limited, retried] = callbacks;
    expect((retried?.at ?? 0) - (limited?.at ?? 0)).toBeGreaterThanOrEqual(180);
    expect(record.acknowledgements).toHaveLength(1);
  });

  it('when the callback gets a single 500, then discord.js retries and the interaction is answered once', async () => {
    discord.faults.failRestRequests({ status: 500, route: '/callback' });

    const record = await discord.sendInteraction(chatInputInteraction('flaky'));

    const statuses = discord.restLog
      .records({ method: 'POST', path: '/callback' })
      .map((r) => r.status);
    expect(statuses).toEqual([500, 204]);
    expect(record.acknowledgements).toHaveLength(1);
  });
});

describe('given a client that has not logged in yet', () => {
  it('when the token is wrong, then REST answers 401 and login fails with an invalid-token error', async () => {
    await expect(client.login('wrong.local.token')).rejects.toThrow(/invalid token/i);
    expect(discord.restLog.records({ path: '/gateway/bot' })[0]?.status).toBe(401);
  });

  it('when the gateway closes the IDENTIFY with 4004, then login fails with "Authentication failed"', async () => {
    discord.faults.rejectNextIdentify(4004);

    await expect(client.login(discord.token)).rejects.toThrow('Authentication failed');
    expect(discord.gateway.stats.serverCloseCodes).toEqual([4004]);
  });

  it('when it runs two shards, then each shard receives the guilds that belong to it', async () => {
    await client.destroy();
    await discord.close();
    discord = await startLocalDiscord({ guildCount: 6, channelsPerGuild: 1, maxConcurrency: 2 });
    client = createLocalClient(discord, { shards: [0, 1], shardCount: 2 });
    handleInteractions(client, async (interaction) => {
      if (interaction.isChatInputCommand())
        await interaction.reply(`shard ${interaction.guild?.shardId ?? -1}`);
    });

    await loginLocalClient(client, discord.token);

    expect(client.guilds.cache.size).toBe(6);
    const byShard = new Map<number, number>();
    for (const guild of client.guilds.cache.values()) {
      expect(guild.shardId).toBe(discord.gateway.shardForGuild(guild.id));
      byShard.set(guild.shardId, (byShard.get(guild.shardId) ?? 0) + 1);
    }
    expect(byShard.get(0)).toBeGreaterThan(0);
    expect(byShard.get(1)).toBeGreaterThan(0);
    const guildOnShard1 = discord.guilds.find(
      (guild) => discord.gateway.shardForGuild(guild.id) === 1,
    );
    if (guildOnShard1 === undefined) throw new Error('fixture has no guild on shard 1');
    const record = await discord.sendInteraction(chatInputInteraction('where'), {
      guildId: guildOnShard1.id,
    });
    expect(record.shardId).toBe(1);
    expect(record.accepted?.body).toMatchObject({ data: { content: 'shard 1' } });
  });
});
