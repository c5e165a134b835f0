/**
 * Which shards hold a live session, here or across the sharding manager's processes: from shard
 * events, as `client.isReady()` stays true after a shard closes for good.
 */
export class ShardHealth {
  readonly connected = new Set<number>();

  constructor(private readonly expectedShards: () => number) {}

  get healthy(): boolean {
    const expected = this.expectedShards();
    return expected > 0 && this.connected.size === expected;
  }

  readonly check = () => ({
    healthy: this.healthy,
    shards: [...this.connected].sort((a, b) => a - b),
  });
}
