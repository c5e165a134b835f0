/**
 * One gateway client in a fresh process (run with --expose-gc), logged in to the stand-in as
 * shard 0 of 1. Once ready it settles the heap and reports its memory and cache sizes over IPC.
 * - `bot`: the project's startGatewayBot, i.e. the real gatewayClientOptions;
 * - `default`: discord.js defaults (every cache unlimited) with the Guilds and GuildMembers intents.
 */
import { Client, Events, GatewayIntentBits } from 'discord.js';
import { pino } from 'pino';
import { startGatewayBot } from '../../src/adapters/gateway/gateway-bot.js';
import { requireEnv } from '../servers/listening-line.js';
import { settledMemory } from '../support/memory-probe.js';
import { COMMANDS } from '../../commands/index.js';

const mode = requireEnv('BENCH_MODE');
const token = requireEnv('BENCH_TOKEN');
const apiBase = requireEnv('BENCH_API_BASE');

async function readyClient(): Promise<{ client: Client; stop: () => Promise<void> }> {
  if (mode === 'bot') {
    const bot = await startGatewayBot({
      commands: COMMANDS,
      token,
      apiBase,
      shardIds: [0],
      shardCount: 1,
      logger: pino({ level: 'silent' }),
    });
    return { client: bot.client, stop: () => bot.stop() };
  }
  if (mode !== 'default') throw new Error(`Unknown BENCH_MODE ${mode}`);
  const client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMembers],
    shards: [0],
    shardCount: 1,
    rest: { api: apiBase },
  });
  await client.login(token);
  return { client, stop: () => client.destroy() };
}

const { client, stop } = await readyClient();
if (!client.isReady()) {
  await new Promise((resolve) => client.once(Events.ClientReady, resolve));
}
const memory = await settledMemory();
let roles = 0;
for (const guild of client.guilds.cache.values()) roles += guild.roles.cache.size;
process.send?.({
  memory,
  guilds: client.guilds.cache.size,
  channels: client.channels.cache.size,
  roles,
  users: client.users.cache.size,
});

const exit = () => {
  void stop().finally(() => process.exit(0));
};
process.once('SIGTERM', exit);
process.on('disconnect', exit);
