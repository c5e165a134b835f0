import type { LocalDiscord } from '../../src/local-discord/local-discord.js';
import { FAULT_KINDS, type FaultKind, type PlannedFault } from './fault-schedule.js';

/**
 * Carries out planned faults against the stand-in and counts what was really injected. A shard
 * fault needs a connected shard: if the planned one is mid-reconnect the other shard takes it,
 * and if none is connected the fault waits (see `FaultInjector.tick`) rather than being lost.
 */
export type FaultCounts = Record<FaultKind, number>;

export function emptyFaultCounts(): FaultCounts {
  return Object.fromEntries(FAULT_KINDS.map((kind) => [kind, 0])) as FaultCounts;
}

// A fault that finds no connected shard for this long is given up and reported as skipped.
const GIVE_UP_AFTER_MS = 8_000;

export interface FaultLogEntry {
  /** Epoch ms, comparable with the ledger's timestamps. */
  readonly at: number;
  readonly kind: FaultKind;
  readonly shardId?: number;
}

export class FaultInjector {
  readonly injected: FaultCounts = emptyFaultCounts();
  readonly log: FaultLogEntry[] = [];
  readonly skipped: FaultCounts = emptyFaultCounts();
  readonly #pending: PlannedFault[];
  readonly #discord: LocalDiscord;

  constructor(discord: LocalDiscord, schedule: readonly PlannedFault[]) {
    this.#discord = discord;
    this.#pending = [...schedule];
  }

  get remaining(): number {
    return this.#pending.length;
  }

  /** Injects every fault that is due at `elapsedMs`; faults that cannot land yet stay queued. */
  tick(elapsedMs: number): void {
    while (this.#pending.length > 0) {
      const next = this.#pending[0];
      if (next === undefined || next.atMs > elapsedMs) return;
      if (!this.#inject(next)) {
        if (elapsedMs - next.atMs < GIVE_UP_AFTER_MS) return;
        this.skipped[next.kind] += 1;
      }
      this.#pending.shift();
    }
  }

  /** Faults still queued when traffic ends are reported as skipped, never silently dropped. */
  abandonRemaining(): void {
    for (const fault of this.#pending.splice(0)) this.skipped[fault.kind] += 1;
  }

  #inject(fault: PlannedFault): boolean {
    const { faults } = this.#discord;
    switch (fault.kind) {
      case '429-burst':
        faults.failRestRequests({
          status: 429,
          count: fault.count,
          route: '/callback',
          retryAfterSeconds: fault.retryAfterSeconds,
        });
        break;
      case '500-single':
        faults.failRestRequests({ status: 500, count: 1, route: '/callback' });
        break;
      default: {
        const shardId = this.#connectedShard(fault.shardId);
        if (shardId === undefined) return false;
        this.log.push({ at: Date.now(), kind: fault.kind, shardId });
        try {
          if (fault.kind === 'close-4000') faults.closeShard(shardId, 4000);
          else if (fault.kind === 'drop-1006') faults.dropShard(shardId);
          else if (fault.kind === 'op7-reconnect') faults.requestReconnect(shardId);
          else faults.invalidateSession(shardId, fault.kind === 'op9-resumable');
        } catch {
          // The shard disconnected between the check and the knob: try again next tick.
          return false;
        }
      }
    }
    if (fault.kind === '429-burst' || fault.kind === '500-single') {
      this.log.push({ at: Date.now(), kind: fault.kind });
    }
    this.injected[fault.kind] += 1;
    return true;
  }

  /** The planned shard if it is connected, else any connected shard. */
  #connectedShard(preferred: number): number | undefined {
    const connected = this.#discord.gateway
      .shards()
      .filter((shard) => shard.connected && shard.guildsSent)
      .map((shard) => shard.shardId);
    return connected.includes(preferred) ? preferred : connected[0];
  }
}
