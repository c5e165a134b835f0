import {
  InteractionResponseType,
  MessageFlags,
  type APIInteractionResponse,
} from 'discord-api-types/v10';
import { describe, expect, it } from 'vitest';
import { COMMANDS } from '../../commands/index.js';
import type { SlashCommand } from '../../src/command-kit/slash-command.js';
import { reply } from '../../src/render/interaction-responses.js';
import type { LocalDiscord } from '../../src/local-discord/local-discord.js';
import {
  autocompleteInteraction,
  chatInputInteraction,
} from '../../src/adapters/console/interaction-factory.js';
import type { InteractionRecord } from '../../src/local-discord/interaction-ledger.js';
import { buttons, selectMenu } from '../../fixtures/core-responses.js';
import { click, pick } from '../../fixtures/member-clicks.js';
import { film, hide, montage, rank } from '../../fixtures/montage-options.js';
import { guildOnShard } from '../../fixtures/gateway-world.js';
import { gatewayPerTest } from './gateway-harness.js';

const start = gatewayPerTest();

/** What the stand-in accepted as the interaction's one answer. */
function answer(record: InteractionRecord): APIInteractionResponse {
  expect(record.accepted).not.toBeNull();
  return record.accepted?.body as APIInteractionResponse;
}

/** The title of the montage the accepted answer shows. */
function shownTitle(record: InteractionRecord): string | undefined {
  const accepted = answer(record);
  return accepted.type === InteractionResponseType.ChannelMessageWithSource ||
    accepted.type === InteractionResponseType.UpdateMessage
    ? accepted.data?.embeds?.[0]?.title
    : undefined;
}

/** Discord's own deadline for a first answer; the bot never tries later, as the stand-in enforces. */
const DISCORD_DEADLINE_MS = 3000;

/**
 * Waits until Discord would refuse any further answer to these interactions, then returns their
 * ledger records: every attempt the bot made is in them by then, so "exactly one" is proven.
 */
async function afterTheDeadline(
  d: LocalDiscord,
  ids: readonly string[],
  beyondMs = 100,
): Promise<InteractionRecord[]> {
  const records = ids.map((id) => d.interactions.get(id));
  const delivered = records.map((record) => record?.deliveredAt ?? Date.now());
  const wait = Math.max(...delivered) + DISCORD_DEADLINE_MS + beyondMs - Date.now();
  await new Promise((resolve) => setTimeout(resolve, Math.max(0, wait)));
  return ids.map((id) => {
    const record = d.interactions.get(id);
    if (!record) throw new Error(`no record of interaction ${id}`);
    return record;
  });
}

describe('the gateway bot against the local Discord', () => {
  it('given a valid token, when it logs in, then it is ready with its guilds and healthy', async () => {
    const { bot } = await start({ discord: { guildCount: 3 } });
    await expect.poll(() => bot.health().healthy).toBe(true);
    await expect.poll(() => bot.client.guilds.cache.size).toBe(3);
  });

  it('given /montage rank:1, then it answers in the channel with the #1 montage', async () => {
    const { discord } = await start();
    const record = await discord.sendInteraction(montage(rank(1)));
    expect(answer(record).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(shownTitle(record)).toBe('#1 · Rocky Balboa (2006)');
    expect(answer(record)).toMatchObject({ data: { allowed_mentions: { parse: [] } } });
    expect(answer(record)).not.toMatchObject({ data: { flags: expect.anything() as number } });
  });

  it('given /montage film:Rocky IV, then the Rocky IV embed', async () => {
    const { discord } = await start();
    const record = await discord.sendInteraction(montage(film('Rocky IV')));
    expect(answer(record).type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(shownTitle(record)).toBe('#2 · Rocky IV (1985)');
  });

  it('given /montage film:Rocky IV hide:true, then only the asker sees it', async () => {
    const { discord } = await start();
    const record = await discord.sendInteraction(montage(film('Rocky IV'), hide(true)));
    expect(shownTitle(record)).toBe('#2 · Rocky IV (1985)');
    expect(answer(record)).toMatchObject({ data: { flags: MessageFlags.Ephemeral } });
  });

  it('given autocomplete on film, then the choices come back as the autocomplete result', async () => {
    const { discord } = await start();
    const record = await discord.sendInteraction(
      autocompleteInteraction('montage', { name: 'film', value: 'drag' }),
    );
    expect(answer(record)).toEqual({
      type: InteractionResponseType.ApplicationCommandAutocompleteResult,
      data: {
        choices: [{ name: expect.stringContaining('Rocky IV') as string, value: 'Rocky IV' }],
      },
    });
  });

  it('given the next and previous buttons, then each updates the message in place', async () => {
    const { discord } = await start();
    const first = await discord.sendInteraction(montage(rank(4)));
    const firstAnswer = answer(first);
    if (firstAnswer.type !== InteractionResponseType.ChannelMessageWithSource)
      throw new Error('expected a message');
    const [previous, next] = buttons(firstAnswer.data);

    const pressedNext = await discord.sendInteraction(click(next?.custom_id ?? ''));
    expect(answer(pressedNext).type).toBe(InteractionResponseType.UpdateMessage);
    expect(JSON.stringify(answer(pressedNext))).toContain('#3 · Rocky (1976)');

    const pressedPrevious = await discord.sendInteraction(click(previous?.custom_id ?? ''));
    expect(JSON.stringify(answer(pressedPrevious))).toContain('#5 · Rocky V (1990)');
  });

  it('given the ranking’s select menu, then picking #2 opens Rocky IV in place', async () => {
    const { discord } = await start();
    const ranking = answer(await discord.sendInteraction(montage()));
    if (ranking.type !== InteractionResponseType.ChannelMessageWithSource)
      throw new Error('expected a message');
    const picked = await discord.sendInteraction(pick(selectMenu(ranking.data).custom_id, ['2']));
    expect(answer(picked).type).toBe(InteractionResponseType.UpdateMessage);
    expect(JSON.stringify(answer(picked))).toContain('#2 · Rocky IV (1985)');
  });

  it('given six commands at once, then each is answered exactly once, as the ledger shows after Discord’s deadline', async () => {
    const { discord } = await start();
    const sent = await Promise.all(
      [1, 2, 3, 4, 5, 6].map((value) => discord.sendInteraction(montage(rank(value)))),
    );
    const records = await afterTheDeadline(
      discord,
      sent.map((record) => record.id),
    );
    for (const record of records) {
      expect(record.acknowledgements.map((attempt) => attempt.status)).toEqual([204]);
    }
    expect(records.map(shownTitle)).toEqual([
      '#1 · Rocky Balboa (2006)',
      '#2 · Rocky IV (1985)',
      '#3 · Rocky (1976)',
      '#4 · Rocky II (1979)',
      '#5 · Rocky V (1990)',
      '#6 · Rocky III (1982)',
    ]);
  });

  it.each([
    [
      'a 4000 close',
      (d: LocalDiscord) => {
        d.faults.closeShard(0, 4000);
      },
    ],
    [
      'a dropped connection',
      (d: LocalDiscord) => {
        d.faults.dropShard(0);
      },
    ],
  ])(
    'given %s, then it resumes and answers what was sent during the outage',
    async (_case, fault) => {
      const { discord, bot } = await start();
      const resumes = discord.gateway.stats.resumed;
      fault(discord);
      const duringOutage = discord.dispatchInteraction(montage(rank(2)));
      const record = await discord.interactions.waitForAcknowledgement(duringOutage.id, {
        timeoutMs: 8000,
      });
      expect(shownTitle(record)).toBe('#2 · Rocky IV (1985)');
      expect(discord.gateway.stats.resumed).toBeGreaterThan(resumes);
      await expect.poll(() => bot.health().healthy).toBe(true);
    },
  );

  it('given a resumable op 9 just before an interaction, then it is answered once after the resume', async () => {
    const { discord } = await start();
    await discord.sendInteraction(montage(rank(1)));
    discord.faults.invalidateSession(0, true);
    const sent = discord.dispatchInteraction(montage(rank(2)));
    await discord.interactions.waitForAcknowledgement(sent.id, { timeoutMs: 8000 });
    const [record] = await afterTheDeadline(discord, [sent.id]);
    expect(record?.acknowledgements).toHaveLength(1);
    expect(record && shownTitle(record)).toBe('#2 · Rocky IV (1985)');
  });

  it('given the same interaction delivered twice, then the bot answers it once', async () => {
    const { discord } = await start();
    const record = await discord.sendInteraction(montage(rank(6)));
    discord.gateway.dispatch(record.shardId, 'INTERACTION_CREATE', record.payload);
    const [after] = await afterTheDeadline(discord, [record.id]);
    expect(after?.acknowledgements).toHaveLength(1);
  });

  it('given a 429 on the callback, then it waits as told and still answers once', async () => {
    const { discord } = await start();
    discord.faults.failRestRequests({ status: 429, route: '/callback', retryAfterSeconds: 0.2 });
    const record = await discord.sendInteraction(montage(rank(3)));
    expect(shownTitle(record)).toBe('#3 · Rocky (1976)');
    expect(record.acknowledgements.filter((attempt) => attempt.status === 204)).toHaveLength(1);
  });

  it('given a single 500 on the callback, then it retries and still answers once', async () => {
    const { discord } = await start();
    discord.faults.failRestRequests({ status: 500, route: '/callback' });
    const record = await discord.sendInteraction(montage(rank(5)));
    expect(shownTitle(record)).toBe('#5 · Rocky V (1990)');
    expect(discord.restLog.records({ method: 'POST', path: record.id })).toHaveLength(2);
  });

  it('given callbacks that keep failing with 500, then no attempt is made past 3 s from receipt', async () => {
    const { discord } = await start();
    discord.faults.failRestRequests({ status: 500, route: '/callback', count: 100 });
    const sent = discord.dispatchInteraction(montage(rank(2)));
    const [record] = await afterTheDeadline(discord, [sent.id]);
    const attempts = discord.restLog.records({ method: 'POST', path: sent.id });
    // 50, 250 and 750 ms apart: four tries, the last well inside the deadline.
    expect(attempts.map((attempt) => attempt.status)).toEqual([500, 500, 500, 500]);
    const deliveredAt = record?.deliveredAt ?? Number.NaN;
    for (const attempt of attempts) {
      expect(attempt.at - deliveredAt).toBeLessThan(DISCORD_DEADLINE_MS);
    }
    expect(record?.accepted).toBeNull();
  });

  it('given a callback rate-limited again and again, then no retry is made past 3 s from receipt', async () => {
    const { discord } = await start();
    discord.faults.failRestRequests({
      status: 429,
      route: '/callback',
      retryAfterSeconds: 1.2,
      count: 100,
    });
    const sent = discord.dispatchInteraction(montage(rank(2)));
    // Long enough for one more retry to show, had the bot made one past the deadline.
    const [record] = await afterTheDeadline(discord, [sent.id], 1500);
    const attempts = discord.restLog.records({ method: 'POST', path: sent.id });
    expect(attempts.map((attempt) => attempt.status)).toEqual([429, 429, 429]);
    const deliveredAt = record?.deliveredAt ?? Number.NaN;
    for (const attempt of attempts) {
      expect(attempt.at - deliveredAt).toBeLessThan(DISCORD_DEADLINE_MS);
    }
  });

  it('given a reply Discord refuses with 50035, then the bot apologises privately instead', async () => {
    const oversized: SlashCommand = {
      definition: { name: 'oversized', description: 'Replies with more than Discord allows' },
      execute: () => reply({ content: 'x'.repeat(2001) }, { ephemeral: false }),
    };
    const { discord } = await start({ bot: { commands: [...COMMANDS, oversized] } });
    const sent = discord.dispatchInteraction(chatInputInteraction('oversized'));
    const record = await discord.interactions.waitForAcknowledgement(sent.id);
    expect(record.acknowledgements.map((attempt) => attempt.errorCode)).toEqual([50035, null]);
    expect(answer(record)).toEqual({
      type: InteractionResponseType.ChannelMessageWithSource,
      data: {
        content: 'Sorry, I could not send that answer. Please try again.',
        components: [],
        allowed_mentions: { parse: [] },
        flags: MessageFlags.Ephemeral,
      },
    });
  });

  it('given two shards, then guilds on both shards get answers', async () => {
    const { discord, bot } = await start({ shards: 2, discord: { guildCount: 6 } });
    await expect.poll(() => bot.health().shards).toEqual([0, 1]);
    for (const shardId of [0, 1]) {
      const record = await discord.sendInteraction(montage(), {
        guildId: guildOnShard(discord, shardId),
      });
      expect(record.shardId).toBe(shardId);
      expect(answer(record)).toMatchObject({
        data: { embeds: [{ title: 'The Rocky training montages, ranked' }] },
      });
    }
  });

  it('given a shard closed with 4004, then /healthz turns from 200 to 503 and the fatal hook fires', async () => {
    const fatal: string[] = [];
    const { discord, bot } = await start({
      bot: { onFatal: (message) => fatal.push(message), health: { port: 0, host: '127.0.0.1' } },
    });
    await expect.poll(() => bot.health().healthy).toBe(true);
    const healthz = () =>
      fetch(`http://127.0.0.1:${String(bot.healthPort)}/healthz`).then((r) => r.status);
    await expect.poll(healthz).toBe(200);
    discord.faults.closeShard(0, 4004);
    await expect.poll(() => fatal).toHaveLength(1);
    expect(await healthz()).toBe(503);
    expect(fatal[0]).toMatch(
      /Discord rejected DISCORD_TOKEN \(gateway close 4004 Authentication failed\)/,
    );
    expect(bot.health().healthy).toBe(false);
  });
});
