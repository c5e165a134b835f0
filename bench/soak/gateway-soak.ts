import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { isDeepStrictEqual } from 'node:util';
import { InteractionResponseType, type APIInteractionResponse } from 'discord-api-types/v10';
import { COMMANDS } from '../../commands/index.js';
import { createInteractionHandler } from '../../src/core/handle-interaction.js';
import type { InteractionRecord } from '../../src/local-discord/interaction-ledger.js';
import { planFaults } from './fault-schedule.js';
import { FaultInjector, type FaultCounts, type FaultLogEntry } from './gateway-faults.js';
import {
  buttonCustomIds,
  drawInteraction,
  INTERACTION_KINDS,
  type InteractionKind,
  type MixedInteraction,
  type PressableMessage,
} from './interaction-mix.js';
import { isSettled, judgeLedger, type LedgerVerdict } from './ledger-verdict.js';
import { startGatewayWorld, type GatewayWorld } from '../../fixtures/gateway-world.js';
import type { Random } from '../../fixtures/seeded-random.js';

const handleInteraction = createInteractionHandler(COMMANDS);

/**
 * The gateway soak: the real discord.js bot (startGatewayBot, 2 shards) against the local
 * Discord stand-in, in this process, with a paced interaction stream and a random fault schedule.
 * In-process because the stand-in's ledger is the evidence and it lives in memory; the bot still
 * talks to it only through real WebSocket and HTTP connections on 127.0.0.1.
 */
export interface GatewaySoakOptions {
  readonly durationMs: number;
  readonly count: number;
  readonly random: Random;
}

export interface GatewaySoakResult {
  readonly targetCount: number;
  readonly durationMs: number;
  readonly verdict: LedgerVerdict;
  readonly sentByKind: Readonly<Record<InteractionKind, number>>;
  readonly faults: { readonly injected: FaultCounts; readonly skipped: FaultCounts };
  readonly faultLog: readonly FaultLogEntry[];
  /** Callback requests the stand-in answered with an injected 429 / 500. */
  readonly restFaultsServed: { readonly status429: number; readonly status500: number };
  readonly dispatch: {
    /** Interactions held back because their shard had no session (after a non-resumable op 9). */
    readonly parked: number;
    /** `dispatchInteraction` threw (no session) despite the check; retried later. */
    readonly threw: number;
    /** Ledger entries left by throwing dispatches; excluded from the verdict. */
    readonly orphanRecords: number;
    /** Still parked when the dispatch window closed: never sent. */
    readonly notDispatched: number;
    /** First to last successful dispatch. */
    readonly windowMs: number;
  };
  readonly sample: {
    readonly checked: number;
    readonly mismatched: number;
    readonly mismatchIds: readonly string[];
  };
  readonly gateway: { readonly identified: number; readonly resumed: number };
  /** Event-loop delay p99 of this process (stand-in + bot + driver): a load indicator. */
  readonly eventLoopDelayP99Ms: number;
}

const SHARD_COUNT = 2;
const DEADLINE_MS = 3_000;
const TICK_MS = 5;
// Parked interactions (shard re-identifying after op 9) may take this long past the traffic
// window to go out; discord.js's identify throttle alone can hold a shard for up to 6.5 s.
const DISPATCH_GRACE_MS = 10_000;
// After the last dispatch: time for every answer to land or its deadline to pass.
const SETTLE_LIMIT_MS = 15_000;
// Then stay quiet this long so a late second acknowledgement would still be seen.
const QUIET_MS = 1_000;
// Unref'd wherever it is raced: a pending limit timer must not keep the finished soak alive.
const STOP_LIMIT_MS = 20_000;
const SAMPLE_SIZE = 1_000;
const PRESSABLE_POOL = 64;
const AWAITING_REPLY_LIMIT = 256;

interface SentInteraction {
  readonly id: string;
  readonly kind: InteractionKind;
}

async function startWorld(): Promise<GatewayWorld> {
  const world = await startGatewayWorld({
    shards: SHARD_COUNT,
    discord: {
      // Enough guilds that both shards own several; consecutive guild ids alternate shards.
      guildCount: 8,
      channelsPerGuild: 2,
      heartbeatIntervalMs: 2_000,
      // Discord keeps far more than the stand-in's default 1000 per session; at ~170 events/s a
      // shard reconnecting for a few seconds must still be able to RESUME.
      replayBufferSize: 20_000,
    },
  });
  const { discord } = world;
  const owners = new Set(discord.guilds.map((guild) => discord.gateway.shardForGuild(guild.id)));
  if (owners.size === SHARD_COUNT) return world;
  await world.stop();
  throw new Error('fixture guilds do not cover every shard');
}

function answerOf(record: InteractionRecord): APIInteractionResponse | undefined {
  return (record.accepted?.body ?? undefined) as APIInteractionResponse | undefined;
}

export async function runGatewaySoak(options: GatewaySoakOptions): Promise<GatewaySoakResult> {
  const { durationMs, count, random } = options;
  const { discord, bot } = await startWorld();
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  try {
    const injector = new FaultInjector(
      discord,
      planFaults({ durationMs, shardCount: SHARD_COUNT, random }),
    );
    const sent: SentInteraction[] = [];
    const sentByKind = Object.fromEntries(INTERACTION_KINDS.map((kind) => [kind, 0])) as Record<
      InteractionKind,
      number
    >;
    const parked: MixedInteraction[] = [];
    let everParked = 0;
    let threw = 0;
    let firstDispatchAt: number | undefined;
    let lastDispatchAt = 0;

    // Replies with buttons, harvested as the bot answers, for later presses.
    const awaitingReply: { id: string; place: PressableMessage }[] = [];
    const pool: PressableMessage[] = [];
    const harvest = (): void => {
      for (let index = awaitingReply.length - 1; index >= 0; index -= 1) {
        const entry = awaitingReply[index];
        const record = entry && discord.interactions.get(entry.id);
        if (entry === undefined || record === undefined) continue;
        if (record.accepted === null && !isSettled(record, Date.now(), DEADLINE_MS)) continue;
        awaitingReply.splice(index, 1);
        const messageId = record.originalMessageId;
        if (
          messageId === null ||
          answerOf(record)?.type !== InteractionResponseType.ChannelMessageWithSource
        )
          continue;
        const message = discord.messages.get(messageId);
        if (message === undefined || buttonCustomIds(message.components ?? []).length === 0)
          continue;
        pool.push({ ...entry.place, messageId });
        if (pool.length > PRESSABLE_POOL) pool.shift();
      }
    };
    const pressable = (draw: Random) => {
      if (pool.length === 0) return undefined;
      const place = draw.pick(pool);
      // The message as it is now: earlier presses may have updated it in place.
      const message = discord.messages.get(place.messageId);
      return message === undefined ? undefined : { place, message };
    };

    const shardHasSession = (guildId: string | undefined): boolean => {
      if (guildId === undefined) return true;
      const sessions = discord.gateway.shards();
      if (sessions.length === 0) return false;
      const shardId = discord.gateway.shardForGuild(guildId);
      return sessions.some((shard) => shard.shardId === shardId);
    };

    /** Dispatches now, or returns false when the interaction's shard has no session yet. */
    const tryDispatch = (mixed: MixedInteraction): boolean => {
      if (!shardHasSession(mixed.place.guildId)) return false;
      let record: InteractionRecord;
      try {
        record = discord.dispatchInteraction(mixed.interaction, mixed.place);
      } catch {
        // The session vanished between the check and the dispatch (op 9 just landed).
        threw += 1;
        return false;
      }
      const now = Date.now();
      firstDispatchAt ??= now;
      lastDispatchAt = now;
      sent.push({ id: record.id, kind: mixed.kind });
      sentByKind[mixed.kind] += 1;
      if (mixed.kind === 'rank' || mixed.kind === 'film') {
        const { guildId, channelId } = mixed.place;
        awaitingReply.push({ id: record.id, place: { guildId, channelId, messageId: '' } });
        if (awaitingReply.length > AWAITING_REPLY_LIMIT) awaitingReply.shift();
      }
      return true;
    };

    // ---- traffic: paced so `count` interactions spread evenly over `durationMs` ----
    const started = Date.now();
    let drawn = 0;
    for (;;) {
      const elapsed = Date.now() - started;
      if (elapsed > durationMs + DISPATCH_GRACE_MS) break;
      injector.tick(elapsed);
      harvest();
      // Parked first, in order, so they are not overtaken indefinitely by new traffic.
      for (let index = 0; index < parked.length;) {
        const mixed = parked[index];
        if (mixed !== undefined && tryDispatch(mixed)) parked.splice(index, 1);
        else index += 1;
      }
      const due = Math.min(count, Math.floor((count * elapsed) / durationMs));
      while (drawn < due) {
        drawn += 1;
        const mixed = drawInteraction(random, discord.guilds, pressable);
        if (!tryDispatch(mixed)) {
          parked.push(mixed);
          everParked += 1;
        }
      }
      if (drawn >= count && parked.length === 0 && elapsed >= durationMs) break;
      await sleep(TICK_MS);
    }
    injector.abandonRemaining();

    // ---- settle: every answer lands or its deadline passes; then a quiet period ----
    const settleUntil = Date.now() + SETTLE_LIMIT_MS;
    while (Date.now() < settleUntil) {
      const now = Date.now();
      const open = sent.some((entry) => {
        const record = discord.interactions.get(entry.id);
        return record !== undefined && !isSettled(record, now, DEADLINE_MS);
      });
      if (!open) break;
      await sleep(100);
    }
    await sleep(QUIET_MS);
    // stop() drains answers still in flight (e.g. a callback sleeping on Retry-After).
    await Promise.race([bot.stop(), sleep(STOP_LIMIT_MS, undefined, { ref: false })]);

    const records = sent
      .map((entry) => discord.interactions.get(entry.id))
      .filter((record): record is InteractionRecord => record !== undefined);
    const verdict = judgeLedger(records, DEADLINE_MS);

    // ---- the answers are the core's, byte for byte (as JSON) ----
    const answered = records.filter((record) => record.accepted !== null);
    const step = Math.max(1, Math.floor(answered.length / SAMPLE_SIZE));
    let checked = 0;
    const mismatchIds: string[] = [];
    for (let index = 0; index < answered.length; index += step) {
      const record = answered[index];
      if (record === undefined) continue;
      checked += 1;
      // Through JSON, as the stand-in received it: undefined fields vanish on the wire.
      const expected: unknown = JSON.parse(JSON.stringify(handleInteraction(record.payload)));
      if (!isDeepStrictEqual(record.accepted?.body, expected)) mismatchIds.push(record.id);
    }

    const callbacks = discord.restLog.records({ path: '/callback' });
    const served = (status: number) =>
      callbacks.filter((entry) => entry.injectedFault && entry.status === status).length;

    return {
      targetCount: count,
      durationMs,
      verdict,
      sentByKind,
      faults: { injected: injector.injected, skipped: injector.skipped },
      faultLog: injector.log,
      restFaultsServed: { status429: served(429), status500: served(500) },
      dispatch: {
        parked: everParked,
        threw,
        orphanRecords: discord.interactions.all().length - sent.length,
        notDispatched: parked.length,
        windowMs: firstDispatchAt === undefined ? 0 : lastDispatchAt - firstDispatchAt,
      },
      sample: { checked, mismatched: mismatchIds.length, mismatchIds: mismatchIds.slice(0, 5) },
      gateway: {
        identified: discord.gateway.stats.identified,
        resumed: discord.gateway.stats.resumed,
      },
      eventLoopDelayP99Ms: loopDelay.percentile(99) / 1e6,
    };
  } finally {
    loopDelay.disable();
    await Promise.race([bot.stop(), sleep(STOP_LIMIT_MS, undefined, { ref: false })]);
    await discord.close();
  }
}
