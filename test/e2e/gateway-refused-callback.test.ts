import { describe, expect, it } from 'vitest';
import { describeRecord, judgeLedger } from '../../bench/soak/ledger-verdict.js';
import { createLocalClient, loginLocalClient } from '../../fixtures/local-discord-client.js';
import { montage, rank } from '../../fixtures/montage-options.js';
import { startLocalDiscord } from '../../src/local-discord/local-discord.js';
import { gatewayPerTest } from './gateway-harness.js';

/**
 * The soak once reported interactions as "never answered" that the bot had in fact tried to
 * answer: their callbacks met an injected 429 whose Retry-After outlasted Discord's 3 s window, so
 * the bot (rightly) gave up, and the ledger kept no trace of a refused callback. These pin down
 * that the ledger keeps refused callbacks, apart from acknowledgements, and how the verdict reads them.
 */
const DEADLINE_MS = 3_000;
const start = gatewayPerTest();

describe('a callback refused by an injected fault', () => {
  it('given a 429 whose Retry-After outlasts the 3 s window, then the bot gives up, the ledger keeps the refusal and the verdict counts an expired interaction, not an unanswered one', async () => {
    const { discord, bot } = await start();
    discord.faults.failRestRequests({ status: 429, route: '/callback', retryAfterSeconds: 5 });

    const { id } = discord.dispatchInteraction(montage(rank(1)));
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

    const record = await discord.sendInteraction(montage(rank(2)));

    expect(record.refusedCallbacks.map((refusal) => refusal.status)).toEqual([429]);
    expect(record.acknowledgements.map((attempt) => attempt.status)).toEqual([204]);
    expect(judgeLedger([record], DEADLINE_MS)).toMatchObject({ answeredOnce: 1, doubleAcks: 0 });
  });

  it('given a delivered interaction nobody tried to answer, then the verdict still calls it unanswered', async () => {
    const discord = await startLocalDiscord({ guildCount: 1, heartbeatIntervalMs: 500 });
    // A logged-in client that answers nothing: delivery happens, no callback ever comes.
    const silentClient = createLocalClient(discord);
    try {
      await loginLocalClient(silentClient, discord.token);
      const { id } = discord.dispatchInteraction(montage(rank(3)));
      await discord.interactions.waitUntil(
        () => discord.interactions.get(id)?.deliveredAt !== null,
        'delivery',
      );

      const record = discord.interactions.get(id);
      if (record === undefined) throw new Error('interaction missing from the ledger');
      expect(record.refusedCallbacks).toEqual([]);
      expect(judgeLedger([record], DEADLINE_MS)).toMatchObject({ unanswered: 1 });
    } finally {
      await silentClient.destroy();
      await discord.close();
    }
  });
});
