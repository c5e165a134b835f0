/**
 * Start-up baseline: the least a discord.js bot does to come online — a default Client with the
 * Guilds intent logging in — loaded through tsx exactly like `npm start` loads src/main.ts.
 */
import { Client, GatewayIntentBits } from 'discord.js';
import { requireEnv } from '../servers/listening-line.js';

const client = new Client({
  intents: [GatewayIntentBits.Guilds],
  rest: { api: requireEnv('BENCH_API_BASE') },
});
await client.login(requireEnv('BENCH_TOKEN'));
process.once('SIGTERM', () => {
  void client.destroy().finally(() => process.exit(0));
});
