import { RESTJSONErrorCodes } from 'discord-api-types/v10';
import type { InteractionRecord } from '../../src/local-discord/interaction-ledger.js';
import { latencyStats, type LatencyStats } from './latency-stats.js';

/**
 * Sorts every interaction the soak sent into exactly one bucket, from the stand-in's ledger.
 *
 * Discord's 3 s clock runs from when it creates the interaction. The stand-in starts its clock
 * at delivery to a live socket instead, so an interaction buffered while its shard was down and
 * replayed by a RESUME gets a fresh window there, though Discord would have let it expire. The
 * verdict therefore uses Discord's rule (creation → accepted answer) and reports such interactions
 * as expired-by-deadline, apart from real failures.
 */
export interface LedgerVerdict {
  readonly sent: number;
  /** One acknowledgement, accepted, within the deadline counted from creation. */
  readonly answeredOnce: number;
  readonly expired: {
    readonly total: number;
    /** Most of the time went by before delivery (buffered while the shard reconnected). */
    readonly lateDelivery: number;
    /**
     * Delivered in time; the answer took too long (429 Retry-After, callback retries), or the bot
     * gave up after an injected fault because a retry could not have landed in time.
     */
    readonly slowCallback: number;
  };
  /** More than one acknowledgement attempt: the interaction was answered (or tried) twice. */
  readonly doubleAcks: number;
  /** Delivered to the bot; no callback ever reached the stand-in, not even a refused one. */
  readonly unanswered: number;
  /** Never delivered to a live socket (lost by the gateway). */
  readonly undelivered: number;
  /** One attempt, refused for a reason other than the deadline (e.g. invalid form body). */
  readonly rejected: number;
  /** Delivery → answer arrival, as the stand-in measures it. */
  readonly ackLatency: LatencyStats;
  /** Creation → answer arrival: what the user waits, including reconnect buffering. */
  readonly endToEndLatency: LatencyStats;
  /** A few records per failing bucket, described for reproduction. */
  readonly examples: Readonly<Record<string, readonly string[]>>;
}

const EXAMPLES_PER_BUCKET = 5;

export function judgeLedger(
  records: readonly InteractionRecord[],
  deadlineMs: number,
): LedgerVerdict {
  let answeredOnce = 0;
  let lateDelivery = 0;
  let slowCallback = 0;
  let doubleAcks = 0;
  let unanswered = 0;
  let undelivered = 0;
  let rejected = 0;
  const ackLatencies: number[] = [];
  const endToEnd: number[] = [];
  const examples: Record<string, string[]> = {};
  const note = (bucket: string, record: InteractionRecord): void => {
    const list = (examples[bucket] ??= []);
    if (list.length < EXAMPLES_PER_BUCKET) list.push(describeRecord(record));
  };

  for (const record of records) {
    const attempts = record.acknowledgements;
    const accepted = record.accepted;
    if (accepted !== null) {
      if (accepted.latencyMs !== null) ackLatencies.push(accepted.latencyMs);
      endToEnd.push(accepted.at - record.createdAt);
    }
    if (attempts.length > 1) {
      doubleAcks += 1;
      note('double-ack', record);
      continue;
    }
    const only = attempts[0];
    const lastRefusal = record.refusedCallbacks.at(-1);
    if (only === undefined) {
      if (record.deliveredAt === null) {
        undelivered += 1;
        note('undelivered', record);
      } else if (lastRefusal !== undefined) {
        // The bot tried, an injected 429/5xx refused it, and it gave up because a retry could no
        // longer land inside the window (the bot's own rule): expired, not unanswered.
        if (isLateDelivery(record, record.deliveredAt, lastRefusal.at)) lateDelivery += 1;
        else slowCallback += 1;
      } else {
        unanswered += 1;
        note('unanswered', record);
      }
      continue;
    }
    const inTime = accepted !== null && accepted.at - record.createdAt <= deadlineMs;
    if (inTime) {
      answeredOnce += 1;
      continue;
    }
    // Unknown interaction means the token expired (or never existed): not a rejection.
    if (accepted === null && only.errorCode !== RESTJSONErrorCodes.UnknownInteraction) {
      rejected += 1;
      note('rejected', record);
      continue;
    }
    // Expired by Discord's clock: split by where the time went.
    const deliveredAt = record.deliveredAt ?? only.at;
    if (isLateDelivery(record, deliveredAt, only.at)) lateDelivery += 1;
    else slowCallback += 1;
  }

  return {
    sent: records.length,
    answeredOnce,
    expired: { total: lateDelivery + slowCallback, lateDelivery, slowCallback },
    doubleAcks,
    unanswered,
    undelivered,
    rejected,
    ackLatency: latencyStats(ackLatencies),
    endToEndLatency: latencyStats(endToEnd),
    examples,
  };
}

/** Expired mostly while waiting for delivery rather than for the bot's callback. */
function isLateDelivery(record: InteractionRecord, deliveredAt: number, triedAt: number): boolean {
  return deliveredAt - record.createdAt >= triedAt - deliveredAt;
}

/**
 * One line with everything needed to line a record up with the fault log: times are ms after
 * the interaction was created (epoch ms given once so other logs can be matched).
 */
export function describeRecord(record: InteractionRecord): string {
  const since = (at: number): string => `+${at - record.createdAt}ms`;
  const delivered = record.deliveredAt === null ? 'never' : since(record.deliveredAt);
  const attempts = record.acknowledgements
    .map(
      (attempt) =>
        `${attempt.status}${attempt.errorCode === null ? '' : `/${attempt.errorCode}`} ${since(attempt.at)}`,
    )
    .join(', ');
  const refused = record.refusedCallbacks
    .map((refusal) => `${refusal.status} ${since(refusal.at)}`)
    .join(', ');
  return `${record.id} (type ${record.type}, shard ${record.shardId}, created ${record.createdAt}, delivered ${delivered}; attempts: ${attempts || 'none'}${refused ? `; refused by injected fault: ${refused}` : ''})`;
}

/** True once nothing more can happen to the record: answered, or past any deadline. */
export function isSettled(record: InteractionRecord, now: number, deadlineMs: number): boolean {
  if (record.accepted !== null) return true;
  return record.deliveredAt !== null && now - record.deliveredAt > deadlineMs;
}
