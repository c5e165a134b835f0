/**
 * `npm start`. With DISCORD_TOKEN: the gateway bot on Discord. Without: the offline playground,
 * so a fresh checkout answers questions at once, through the same gateway and REST code.
 */
import { COMMANDS } from '../commands/index.js';
import { runGateway } from './adapters/gateway/run-gateway.js';
import { runPlayground } from './adapters/playground/run-playground.js';
import { ConfigError, loadDotenv, parseConfig } from './config/load-config.js';
import { createLogger } from './logging/logger.js';

loadDotenv();
try {
  const config = parseConfig();
  if (config.DISCORD_TOKEN === undefined) {
    // The playground's own logs would drown the console; show only problems unless asked.
    const level = process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn';
    process.exitCode = await runPlayground(process.argv.slice(2), createLogger(level), COMMANDS);
  } else {
    await runGateway(
      { ...config, DISCORD_TOKEN: config.DISCORD_TOKEN },
      createLogger(config.LOG_LEVEL),
      COMMANDS,
    );
  }
} catch (error) {
  // Config and login errors carry their own advice (never a secret); a stack adds nothing.
  if (!(error instanceof ConfigError) && !(error instanceof Error && error.cause !== undefined))
    throw error;
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 1;
}
