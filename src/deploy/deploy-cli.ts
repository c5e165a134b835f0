import { parseArgs } from 'node:util';
import { DiscordAPIError, HTTPError, RateLimitError } from '@discordjs/rest';
import { RESTJSONErrorCodes } from 'discord-api-types/v10';
import { DISCORD_API, type Config } from '../config/config-schema.js';
import { ConfigError, parseConfig, requireConfig } from '../config/load-config.js';
import { createLogger } from '../logging/logger.js';
import { DEPLOY_TIMEOUT_MS, deployCommands, type DeployOptions } from './deploy-commands.js';
import { inviteUrls } from './invite-url.js';

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
  readonly commands: DeployOptions['commands'];
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

/** Runs `npm run deploy` and returns the exit code: 0 done, 1 failed, 2 bad flags. */
export async function runDeployCli(options: DeployCliOptions): Promise<number> {
  const { argv, env, commands, stdout, stderr } = options;
  let flags;
  try {
    flags = parseArgs({
      args: [...argv],
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

  // Filled once valid, so the error message can point at the fix and hide the token.
  const context: Partial<Config> = {};
  try {
    const config = Object.assign(
      context,
      requireConfig(parseConfig(env), ['DISCORD_TOKEN', 'DISCORD_APPLICATION_ID']),
    );
    await deployCommands({
      token: config.DISCORD_TOKEN,
      apiBase: config.DISCORD_API_BASE,
      applicationId: config.DISCORD_APPLICATION_ID,
      guildId: config.DISCORD_GUILD_ID,
      commands,
      dryRun: flags['dry-run'],
      clearGuild: flags['clear-guild'],
      print: stdout,
      logger: createLogger(config.LOG_LEVEL),
    });
    return 0;
  } catch (error) {
    stderr(`error: ${describeDeployError(error, context)}`);
    return 1;
  }
}

const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_SOCKET',
]);

/** One line: what went wrong and how to fix it, from the settings known then. Never the token. */
export function describeDeployError(error: unknown, context: Partial<Config>): string {
  const line = describe(error, context).replace(/\s*\n\s*/g, ' ');
  const token = context.DISCORD_TOKEN;
  return token ? line.replaceAll(token, '[token]') : line;
}

function describe(error: unknown, context: Partial<Config>): string {
  if (error instanceof ConfigError) return error.problems.join('; ');
  if (error instanceof DiscordAPIError) {
    if (error.status === 401) {
      return `Discord rejected DISCORD_TOKEN (401 Unauthorized on ${request(error)}): it is mistyped, reset or from another app; copy a fresh one from Developer Portal > your app > Bot > Reset Token into .env.`;
    }
    if (error.status === 403 || error.code === RESTJSONErrorCodes.MissingAccess) {
      const { DISCORD_APPLICATION_ID: app, DISCORD_GUILD_ID: guildId } = context;
      const codes = `${error.status}, code ${String(error.code)}`;
      if (guildId === undefined) {
        return `Missing access to application ${app ?? '(unknown)'}'s commands (${codes}): DISCORD_APPLICATION_ID must be the application the token belongs to (Developer Portal > General Information).`;
      }
      const invite = app === undefined ? '' : ` Invite it: ${inviteUrls(app).guildInstall}`;
      return `Missing access to guild ${guildId} (${codes}): the bot is not in that server, or was added without the applications.commands scope; check DISCORD_GUILD_ID.${invite}`;
    }
    if (error.code === RESTJSONErrorCodes.InvalidFormBodyOrContentType) {
      return `Discord refused the commands (400 Invalid Form Body): ${error.message.split('\n').slice(1).join('; ')}`;
    }
    return `Discord answered ${error.status} (code ${String(error.code)}) to ${request(error)}: ${firstLine(error.message)}`;
  }
  if (error instanceof RateLimitError) {
    return `Discord rate-limited ${request(error)} for ${seconds(error.retryAfter)}, longer than this tool waits; run it again after that.`;
  }
  if (error instanceof HTTPError) {
    return `Discord answered ${error.status} to ${request(error)}, also on retry; Discord may be having trouble (https://discordstatus.com), try again later.`;
  }
  const apiBase = context.DISCORD_API_BASE ?? DISCORD_API;
  const { host } = new URL(apiBase);
  if (error instanceof Error && error.name === 'AbortError') {
    return `No answer from ${host} within ${seconds(DEPLOY_TIMEOUT_MS)}, also on retry; check your network, or DISCORD_API_BASE if you set it.`;
  }
  const code = networkCode(error);
  if (code !== undefined) {
    return `Cannot reach ${host} (${code}); check your network connection, or DISCORD_API_BASE (${apiBase}) if you set it.`;
  }
  return `Deploy failed: ${error instanceof Error ? firstLine(error.message) : String(error)}`;
}

/** undici wraps the socket error (sometimes in an AggregateError, one per address tried). */
function networkCode(error: unknown, depth = 0): string | undefined {
  if (depth > 4 || typeof error !== 'object' || error === null) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
  const inner = Array.isArray(errors) ? errors.map((item) => networkCode(item, depth + 1)) : [];
  return inner.find((found) => found !== undefined) ?? networkCode(cause, depth + 1);
}

function request(error: { readonly method: string; readonly url: string }): string {
  return `${error.method.toUpperCase()} ${new URL(error.url).pathname}`;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}
