import { Client, GatewayIntentBits, type ClientOptions, type Interaction } from 'discord.js';
import type { LocalDiscord } from '../../src/local-discord/local-discord.js';

/**
 * A real discord.js Client pointed at the local Discord stand-in, configured for fast, offline
 * tests: explicit shard ids and count (never 'auto', which would ask discord.com), short REST
 * timeouts, no rate-limit offset padding, and no identify throttling (@discordjs/ws otherwise
 * waits ~5 s between IDENTIFYs in the same bucket, which only slows re-identify tests down).
 */
export interface LocalClientOptions {
  readonly shards?: readonly number[];
  readonly shardCount?: number;
  readonly retries?: number;
  readonly token?: string;
  readonly overrides?: Partial<ClientOptions>;
}

export function createLocalClient(discord: LocalDiscord, options: LocalClientOptions = {}): Client {
  const shards = options.shards ?? [0];
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    shards: [...shards],
    shardCount: options.shardCount ?? shards.length,
    waitGuildTimeout: 2000,
    rest: { api: discord.restBaseUrl, retries: options.retries ?? 2, timeout: 2000, offset: 0 },
    ws: {
      buildIdentifyThrottler: () => ({ waitForIdentify: () => Promise.resolve() }),
    },
    ...options.overrides,
  });
}

/** Logs in and resolves once discord.js emits `clientReady` (all shards got their guilds). */
export async function loginLocalClient(client: Client, token: string): Promise<void> {
  const ready = new Promise<void>((resolve) =>
    client.once('clientReady', () => {
      resolve();
    }),
  );
  await client.login(token);
  await ready;
}

/**
 * Registers an async interaction handler; whatever it throws (e.g. a DiscordAPIError from a
 * rejected reply) is collected instead of becoming an unhandled rejection.
 */
export function handleInteractions(
  client: Client,
  handler: (interaction: Interaction) => Promise<unknown>,
): unknown[] {
  const errors: unknown[] = [];
  client.on('interactionCreate', (interaction) => {
    handler(interaction).catch((error: unknown) => errors.push(error));
  });
  return errors;
}
