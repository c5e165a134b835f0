/** Discord's epoch (2015-01-01T00:00:00Z); snowflake timestamps count milliseconds from here. */
export const DISCORD_EPOCH_MS = 1_420_070_400_000n;

/**
 * Builds a snowflake from a millisecond timestamp and a 12-bit increment. Fixtures pass
 * deterministic timestamps so that `(guild_id >> 22) % shard_count` spreads guilds over shards
 * exactly as Discord's sharding formula does.
 */
export function snowflakeAt(timestampMs: bigint, increment = 0): string {
  const sinceEpoch = timestampMs - DISCORD_EPOCH_MS;
  return ((sinceEpoch << 22n) | BigInt(increment & 0xfff)).toString();
}

/** The shard a guild's events are routed to, per Discord's documented sharding formula. */
export function shardForGuild(guildId: string, shardCount: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(shardCount));
}

/** Hands out unique, time-ordered snowflakes for runtime objects (interactions, messages, commands). */
export class SnowflakeGenerator {
  #lastMs = 0n;
  #increment = 0;

  next(): string {
    let now = BigInt(Date.now());
    if (now <= this.#lastMs) {
      this.#increment += 1;
      // Past 4096 ids in one millisecond we borrow the next millisecond, keeping ids unique and ordered.
      if (this.#increment > 0xfff) {
        this.#lastMs += 1n;
        this.#increment = 0;
      }
      now = this.#lastMs;
    } else {
      this.#lastMs = now;
      this.#increment = 0;
    }
    return snowflakeAt(now, this.#increment);
  }
}
