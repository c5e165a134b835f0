/**
 * Which of this process's shards hold a live session. Kept from shard events rather than
 * `client.isReady()`, which stays true after a shard closes for good.
 */
export class ShardHealth {
  private readonly connected = new Set<number>();

  constructor(private readonly expectedShards: () => number) {}

  markConnected(shardId: number): void {
    this.connected.add(shardId);
  }

  markDisconnected(shardId: number): void {
    this.connected.delete(shardId);
  }

  get connectedShards(): readonly number[] {
    return [...this.connected].sort((a, b) => a - b);
  }

  get healthy(): boolean {
    const expected = this.expectedShards();
    return expected > 0 && this.connected.size === expected;
  }
}
