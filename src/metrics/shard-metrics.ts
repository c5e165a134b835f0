import { Gauge, type Registry } from 'prom-client';

export interface ShardSnapshot {
  readonly id: number;
  /** Holds a live session (READY or RESUMED, not since closed). */
  readonly ready: boolean;
  /** The library's name for the shard's state, e.g. Ready, Connecting, Resuming. */
  readonly status: string;
  /** Last heartbeat round trip in ms; negative or undefined until one has been measured. */
  readonly pingMs: number | undefined;
}

/** Gateway shard gauges, read from `shards()` only when scraped: nothing on the hot path. */
export function registerShardMetrics(
  registry: Registry,
  shards: () => readonly ShardSnapshot[] | Promise<readonly ShardSnapshot[]>,
): void {
  let latest: Promise<readonly ShardSnapshot[]> | undefined;
  // One read per scrape, shared by the three gauges (the sharding manager's read is an IPC round trip).
  const read = () => (latest ??= Promise.resolve(shards()).finally(() => (latest = undefined)));

  new Gauge({
    name: 'rocky_gateway_shard_ready',
    help: '1 while the shard holds a live gateway session, 0 otherwise.',
    labelNames: ['shard'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const shard of await read()) this.set({ shard: String(shard.id) }, shard.ready ? 1 : 0);
    },
  });
  new Gauge({
    name: 'rocky_gateway_shard_status',
    help: "1 for the shard's current connection status (label status), one series per shard.",
    labelNames: ['shard', 'status'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const shard of await read())
        this.set({ shard: String(shard.id), status: shard.status }, 1);
    },
  });
  new Gauge({
    name: 'rocky_gateway_heartbeat_latency_seconds',
    help: 'Last gateway heartbeat round trip per shard, in seconds.',
    labelNames: ['shard'],
    registers: [registry],
    async collect() {
      this.reset();
      for (const shard of await read()) {
        if (shard.pingMs !== undefined && shard.pingMs >= 0) {
          this.set({ shard: String(shard.id) }, shard.pingMs / 1000);
        }
      }
    },
  });
}
