import type { SlashCommand } from '../../command-kit/slash-command.js';
import { SHUTDOWN_GRACE_MS, type Config } from '../../config/config-schema.js';
import type { Logger } from '../../logging/logger.js';
import { startGatewayBot, type GatewayBot } from './gateway-bot.js';

/**
 * The gateway bot as a process: logs in, answers until SIGINT or SIGTERM, then finishes in-flight
 * answers and exits 0. A login failure or a shard closed for good exits 1 with advice.
 */
export async function runGateway(
  config: Config & { DISCORD_TOKEN: string },
  logger: Logger,
  commands: readonly SlashCommand[],
): Promise<void> {
  // Under `npm run start:sharded` the manager assigns shards through the environment and serves
  // the health check itself; settings inherited from .env must not override that.
  const managed = process.env.SHARDING_MANAGER !== undefined;
  let bot: GatewayBot | undefined;
  let fatalAdvice: string | undefined;
  let shuttingDown = false;

  async function shutdown(reason: string): Promise<void> {
    if (shuttingDown || !bot) return;
    shuttingDown = true;
    logger.info({ reason, inFlight: bot.responder.pending }, 'shutting down');
    const exitCode = fatalAdvice === undefined ? 0 : 1;
    setTimeout(() => {
      logger.warn('in-flight answers did not finish in time; exiting anyway');
      process.exit(exitCode);
    }, SHUTDOWN_GRACE_MS).unref();
    await bot.stop();
    logger.flush();
    process.exitCode = exitCode;
  }

  try {
    bot = await startGatewayBot({
      token: config.DISCORD_TOKEN,
      commands,
      apiBase: config.DISCORD_API_BASE,
      managed,
      shardIds: config.SHARD_IDS,
      shardCount: config.SHARD_COUNT,
      healthPort: managed ? undefined : config.HEALTH_PORT,
      healthHost: config.HOST,
      logger,
      onFatal: (advice) => {
        fatalAdvice = advice;
        void shutdown('a shard closed for good');
      },
    });
  } catch (error) {
    // A fatal close during login has the more precise advice; otherwise read the login error.
    throw new Error(fatalAdvice ?? loginAdvice(error), { cause: error });
  }

  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
}

function loginAdvice(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  if (/invalid token|authentication failed|401/i.test(message)) {
    return 'Discord rejected DISCORD_TOKEN. Reset it in Developer Portal > your app > Bot > Reset Token, then update .env.';
  }
  if (/ECONNREFUSED|ENOTFOUND|ETIMEDOUT|fetch failed|ECONNRESET/i.test(message)) {
    return `Could not reach Discord (${message}). Check your network, or DISCORD_API_BASE if you set it.`;
  }
  return `Could not log in to Discord: ${message}`;
}
