import { startLocalDiscord } from './local-discord.js';

/**
 * `npm run local-discord`: a stand-in Discord for the offline playground. Prints where to point
 * the bot and runs until SIGINT/SIGTERM.
 */
const discord = await startLocalDiscord({
  token: process.env.LOCAL_DISCORD_TOKEN ?? 'local.test.token',
  restPort: Number(process.env.LOCAL_DISCORD_REST_PORT ?? 0),
  gatewayPort: Number(process.env.LOCAL_DISCORD_GATEWAY_PORT ?? 0),
  guildCount: Number(process.env.LOCAL_DISCORD_GUILDS ?? 1),
  channelsPerGuild: Number(process.env.LOCAL_DISCORD_CHANNELS ?? 3),
});

console.log(`local-discord REST base URL: ${discord.restBaseUrl}`);
console.log(`local-discord gateway URL:   ${discord.gatewayUrl}`);
console.log(`bot token: ${discord.token}   application id: ${discord.applicationId}`);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`local-discord: ${signal} received, shutting down`);
  await discord.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
