import { ApplicationCommandOptionType as OptionType } from 'discord-api-types/v10';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { describeRecord, judgeLedger } from '../../bench/soak/ledger-verdict.js';
import { COMMANDS } from '../../commands/index.js';
import { createLocalClient, loginLocalClient } from '../../fixtures/local-discord-client.js';
import { chatInputInteraction } from '../../src/adapters/console/interaction-factory.js';
import { startGatewayBot, type GatewayBot } from '../../src/adapters/gateway/gateway-bot.js';
import { startLocalDiscord, type LocalDiscord } from '../../src/local-discord/local-discord.js';

/**
 * The soak once reported interactions as "never answered" that the bot had in fact tried to
 * answer: their callbacks met an injected 429 whose Retry-After outlasted Discord's 3 s window, so
 * the bot (rightly) gave up, and the ledger kept no trace of a refused callback. These pin down
 * that the ledger keeps refused callbacks, apart from acknowledgements, and how the verdict reads them.
 */
const DEADLINE_MS = 3_000;
let discord: LocalDiscord | undefined;
let bot: GatewayBot | undefined;

afterEach(async () => {
  await bot?.stop();
  await discord?.close();
  bot = undefined;
  discord = undefined;
});

async function start(): Promise<{ discord: LocalDiscord; bot: GatewayBot }> {
  discord = await startLocalDiscord({ guildCount: 1, heartbeatIntervalMs: 500 });
  bot = await startGatewayBot({
    commands: COMMANDS,
    token: discord.token,
    apiBase: discord.restBaseUrl,
    shardIds: [0],
    shardCount: 1,
    logger: pino({ level: 'silent' }),
  });
  await discord.gateway.waitForShardReady(0);
  return { discord, bot };
}

const rank = (value: number) =>
  chatInputInteraction('montage', [{ name: 'rank', type: OptionType.Integer, value }]);

describe('a callback refused by an injected fault', () => {
  it('given a 429 whose Retry-After outlasts the 3 s window, then the bot gives up, the ledger keeps the refusal and the verdict counts an expired interaction, not an unanswered one', async () => {
    const { discord, bot } = await start();
    discord.faults.failRestRequests({ status: 429, route: '/callback', retryAfterSeconds: 5 });

    const { id } = discord.dispatchInteraction(rank(1));
    await discord.interactions.waitUntil(
      () => (discord.interactions.get(id)?.refusedCallbacks.length ?? 0) > 0,
      'the refused callback',
    );
    await bot.responder.drain();

    const record = discord.interactions.get(id);
    if (record === undefined) throw new Error('interaction missing from the ledger');
    expect(record.acknowledgements).toEqual([]);
    expect(record.refusedCallbacks.map((refusal) => refusal.status)).toEqual([429]);
    const verdict = judgeLedger([record], DEADLINE_MS);
    expect(verdict).toMatchObject({ unanswered: 0, doubleAcks: 0, answeredOnce: 0 });
    expect(verdict.expired.total).toBe(1);
    expect(describeRecord(record)).toMatch(
      /attempts: none; refused by injected fault: 429 \+\d+ms/,
    );
  });

  it('given a short 429, then the retry is the one acknowledgement and the refusal is not a second one', async () => {
    const { discord } = await start();
    discord.faults.failRestRequests({ status: 429, route: '/callback', retryAfterSeconds: 0.2 });

    const record = await discord.sendInteraction(rank(2));

    expect(record.refusedCallbacks.map((refusal) => refusal.status)).toEqual([429]);
    expect(record.acknowledgements.map((attempt) => attempt.status)).toEqual([204]);
    expect(judgeLedger([record], DEADLINE_MS)).toMatchObject({ answeredOnce: 1, doubleAcks: 0 });
  });

  it('given a delivered interaction nobody tried to answer, then the verdict still calls it unanswered', async () => {
    discord = await startLocalDiscord({ guildCount: 1, heartbeatIntervalMs: 500 });
    // A logged-in client that answers nothing: delivery happens, no callback ever comes.
    const silentClient = createLocalClient(discord);
    try {
      await loginLocalClient(silentClient, discord.token);
      const { id } = discord.dispatchInteraction(rank(3));
      const local = discord;
      await local.interactions.waitUntil(
        () => local.interactions.get(id)?.deliveredAt !== null,
        'delivery',
      );

      const record = local.interactions.get(id);
      if (record === undefined) throw new Error('interaction missing from the ledger');
      expect(record.refusedCallbacks).toEqual([]);
      expect(judgeLedger([record], DEADLINE_MS)).toMatchObject({ unanswered: 1 });
    } finally {
      await silentClient.destroy();
    }
  });
});
