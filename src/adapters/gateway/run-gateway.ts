import type { SlashCommand } from '../../command-kit/slash-command.js';
import type { Config } from '../../config/config-schema.js';
import { createLogger } from '../../logging/logger.js';
import { stopOnShutdownSignals } from '../../shutdown/shutdown-signals.js';
import { startGatewayBot } from './gateway-bot.js';

/**
 * The gateway bot as a process: answers until SIGINT or SIGTERM, finishes in-flight answers and
 * exits 0. A login failure or a shard closed for good exits 1 with advice.
 */
export async function runGateway(
  config: Config & { DISCORD_TOKEN: string },
  commands: readonly SlashCommand[],
): Promise<void> {
  const logger = createLogger(config.LOG_LEVEL);
  let fatalAdvice: string | undefined;
  // Until login completes, a fatal close fails the login instead (see the catch below).
  let shutDown: (reason: string) => void = () => undefined;
  const bot = await startGatewayBot({
    token: config.DISCORD_TOKEN,
    commands,
    apiBase: config.DISCORD_API_BASE,
    shardIds: config.SHARD_IDS,
    shardCount: config.SHARD_COUNT,
    // Under `npm run start:sharded` the manager serves it; HEALTH_PORT from .env is not ours.
    health:
      process.env.SHARDING_MANAGER !== undefined || config.HEALTH_PORT === undefined
        ? undefined
        : { port: config.HEALTH_PORT, host: config.HOST },
    logger,
    onFatal: (advice) => {
      fatalAdvice = advice;
      shutDown('a shard closed for good');
    },
  }).catch((error: unknown) => {
    // A fatal close during login has the more precise advice; otherwise read the login error.
    throw new Error(fatalAdvice ?? loginAdvice(error), { cause: error });
  });

  shutDown = stopOnShutdownSignals({
    logger,
    stop: async (reason) => {
      logger.info({ reason, inFlight: bot.responder.inFlight.size }, 'shutting down');
      await bot.stop();
      return fatalAdvice === undefined ? 0 : 1;
    },
  });
  // A shard may have closed for good between login and here.
  if (fatalAdvice !== undefined) shutDown('a shard closed for good');
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
