/**
 * `npm start`. With DISCORD_TOKEN: the gateway bot on Discord. Without: the offline playground,
 * so a fresh checkout answers questions at once, through the same gateway and REST code.
 */
import { COMMANDS } from '../commands/index.js';
import { runGateway } from './adapters/gateway/run-gateway.js';
import { runPlayground } from './adapters/playground/run-playground.js';
import { ConfigError, loadDotenv, parseConfig, startFailed } from './config/load-config.js';
import { createLogger } from './logging/logger.js';

const USAGE = `Usage: npm start [-- <console arguments>]

With DISCORD_TOKEN (environment or .env): the gateway bot on Discord; it takes no arguments.
Without: the offline playground, which takes the console's arguments (npm run console -- --help).

  --help, -h  this text`;

const args = process.argv.slice(2);
loadDotenv();
try {
  const config = parseConfig();
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(`${USAGE}\n`);
  } else if (config.DISCORD_TOKEN !== undefined && args.length > 0) {
    process.stderr.write(
      `start: the gateway bot takes no arguments (got ${args.join(' ')})\n\n${USAGE}\n`,
    );
    process.exitCode = 2;
  } else if (config.DISCORD_TOKEN === undefined) {
    // The playground's own logs would drown the console; show only problems unless asked.
    const level = process.env.LOG_LEVEL ? config.LOG_LEVEL : 'warn';
    process.exitCode = await runPlayground(args, createLogger(level), COMMANDS);
  } else {
    await runGateway({ ...config, DISCORD_TOKEN: config.DISCORD_TOKEN }, COMMANDS);
  }
} catch (error) {
  // Config and login errors carry their own advice (never a secret); a stack adds nothing.
  if (!(error instanceof ConfigError) && !(error instanceof Error && error.cause !== undefined))
    throw error;
  startFailed(error);
}
