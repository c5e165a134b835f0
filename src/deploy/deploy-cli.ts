import { parseArgs } from 'node:util';
import type { Config } from '../config/config-schema.js';
import { parseConfig, requireConfig } from '../config/load-config.js';
import { createLogger, type Logger } from '../logging/logger.js';
import type { CommandPayload } from './command-payload.js';
import { deployCommands } from './deploy-commands.js';
import { describeDeployError } from './deploy-errors.js';

const USAGE = `Usage: npm run deploy -- [--dry-run] [--clear-guild] [--help]

Registers the bot's slash commands with Discord, only if they changed (GET, compare, one PUT).

  (no flags)     deploy: to DISCORD_GUILD_ID if set (instant, for development), else globally
  --dry-run      print what would change, send nothing
  --clear-guild  remove every command from DISCORD_GUILD_ID (do this before going global,
                 or each command shows twice in that server)
  --help         this text

Reads DISCORD_TOKEN, DISCORD_APPLICATION_ID, DISCORD_GUILD_ID (optional) and DISCORD_API_BASE
(optional, e.g. http://127.0.0.1:3000/api for the local stand-in) from the environment or .env.`;

export interface DeployCliOptions {
  readonly argv: readonly string[];
  readonly env: NodeJS.ProcessEnv;
  readonly commands: readonly CommandPayload[];
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
  readonly logger?: Logger;
}

/** Runs `npm run deploy` and returns the exit code: 0 done, 1 failed, 2 bad flags. */
export async function runDeployCli(options: DeployCliOptions): Promise<number> {
  const { stdout, stderr } = options;
  let flags;
  try {
    flags = parseArgs({
      args: [...options.argv],
      options: {
        'dry-run': { type: 'boolean', default: false },
        'clear-guild': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }).values;
  } catch (error) {
    stderr(`error: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (flags.help) {
    stdout(USAGE);
    return 0;
  }

  // Set as soon as it is valid, so the error message can point at the fix and hide the token.
  let context: Partial<Config> = {};
  try {
    const config = requireConfig(parseConfig(options.env), [
      'DISCORD_TOKEN',
      'DISCORD_APPLICATION_ID',
    ]);
    context = config;
    const logger = options.logger ?? createLogger(config.LOG_LEVEL);
    await deployCommands({
      token: config.DISCORD_TOKEN,
      apiBase: config.DISCORD_API_BASE,
      applicationId: config.DISCORD_APPLICATION_ID,
      guildId: config.DISCORD_GUILD_ID,
      commands: options.commands,
      dryRun: flags['dry-run'],
      clearGuild: flags['clear-guild'],
      print: stdout,
      logger,
    });
    return 0;
  } catch (error) {
    stderr(`error: ${describeDeployError(error, context)}`);
    return 1;
  }
}
