import type { Random } from '../../fixtures/seeded-random.js';

/**
 * When and which faults hit the gateway soak. The schedule is drawn up front from the seed, so a
 * run can be replayed; the injector (gateway-faults.ts) only carries it out.
 */
export const GATEWAY_FAULT_KINDS = [
  'close-4000',
  'drop-1006',
  'op7-reconnect',
  'op9-resumable',
  'op9-fresh',
] as const;
export const REST_FAULT_KINDS = ['429-burst', '500-single'] as const;

export type GatewayFaultKind = (typeof GATEWAY_FAULT_KINDS)[number];
export type RestFaultKind = (typeof REST_FAULT_KINDS)[number];
export type FaultKind = GatewayFaultKind | RestFaultKind;
export const FAULT_KINDS: readonly FaultKind[] = [...GATEWAY_FAULT_KINDS, ...REST_FAULT_KINDS];

export type PlannedFault =
  | { readonly atMs: number; readonly kind: GatewayFaultKind; readonly shardId: number }
  | {
      readonly atMs: number;
      readonly kind: '429-burst';
      readonly count: number;
      readonly retryAfterSeconds: number;
    }
  | { readonly atMs: number; readonly kind: '500-single' };

export interface ScheduleOptions {
  readonly durationMs: number;
  readonly shardCount: number;
  readonly random: Random;
}

// Roughly one gateway fault every 2 s and one REST fault every 1.5 s over a full run: often
// enough that faults overlap traffic peaks, rare enough that shards spend most time connected.
const GATEWAY_FAULT_EVERY_MS = 2_000;
const REST_FAULT_EVERY_MS = 1_500;
// Faults land in the middle of the run: the first and last 10 % measure a healthy bot.
const QUIET_EDGE = 0.1;
// 429 bursts: a handful of callbacks each, with Retry-After well under the 3 s window, as
// Discord sends for a shared bucket; an unlucky one plus a reconnect can still expire.
const BURST_SIZE = { min: 3, max: 10 } as const;
const RETRY_AFTER_SECONDS = { min: 0.2, max: 1.5 } as const;

/**
 * Every kind appears at least once (so a short smoke run still exercises all of them), then kinds
 * are drawn at random. A non-resumable op 9 goes last among the guaranteed ones: re-identifying
 * can wait up to 6.5 s for discord.js's identify throttle, which would starve a short run's
 * other shard-level faults of a connected shard.
 */
export function planFaults(options: ScheduleOptions): PlannedFault[] {
  const { durationMs, shardCount, random } = options;
  const start = durationMs * QUIET_EDGE;
  const span = durationMs * (1 - 2 * QUIET_EDGE);

  const gatewayCount = Math.max(
    GATEWAY_FAULT_KINDS.length,
    Math.round(span / GATEWAY_FAULT_EVERY_MS),
  );
  const guaranteedGateway: GatewayFaultKind[] = [
    ...random.shuffle(GATEWAY_FAULT_KINDS.filter((kind) => kind !== 'op9-fresh')),
    'op9-fresh',
  ];
  const gatewayKinds: GatewayFaultKind[] = [...guaranteedGateway];
  while (gatewayKinds.length < gatewayCount) gatewayKinds.push(random.pick(GATEWAY_FAULT_KINDS));

  const restCount = Math.max(REST_FAULT_KINDS.length, Math.round(span / REST_FAULT_EVERY_MS));
  const restKinds: RestFaultKind[] = random.shuffle(REST_FAULT_KINDS);
  while (restKinds.length < restCount) restKinds.push(random.pick(REST_FAULT_KINDS));

  // Evenly spaced slots with jitter keep faults from bunching while staying unpredictable.
  const slot = (index: number, total: number): number =>
    Math.round(start + (span * (index + random.next() * 0.8)) / total);

  const planned: PlannedFault[] = [];
  gatewayKinds.forEach((kind, index) => {
    // Alternate shards so both see faults and one can recover while the other is hit.
    planned.push({ atMs: slot(index, gatewayKinds.length), kind, shardId: index % shardCount });
  });
  restKinds.forEach((kind, index) => {
    const atMs = slot(index, restKinds.length);
    if (kind === '500-single') {
      planned.push({ atMs, kind });
    } else {
      const tenths = random.int(RETRY_AFTER_SECONDS.min * 10, RETRY_AFTER_SECONDS.max * 10);
      planned.push({
        atMs,
        kind,
        count: random.int(BURST_SIZE.min, BURST_SIZE.max),
        retryAfterSeconds: tenths / 10,
      });
    }
  });
  return planned.sort((a, b) => a.atMs - b.atMs);
}
