import { DiscordAPIError, HTTPError, RateLimitError } from '@discordjs/rest';
import { RESTJSONErrorCodes } from 'discord-api-types/v10';
import { ConfigError } from '../config/load-config.js';

/** What an error message may mention to point at the fix. */
export interface ErrorContext {
  /** The REST base in use (DISCORD_API_BASE or Discord's default). */
  readonly apiBase: string;
  readonly applicationId?: string | undefined;
  readonly guildId?: string | undefined;
  /** Shown on "missing access", where re-inviting the bot is the fix. */
  readonly inviteUrl?: string | undefined;
  /** Scrubbed from every message, whatever produced it. */
  readonly token?: string | undefined;
  readonly timeoutMs?: number | undefined;
}

/** A mistake in how the tool was invoked (flags, missing variables): no Discord call was made. */
export class DeployUsageError extends Error {
  override readonly name = 'DeployUsageError';
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

/** One line saying what went wrong and how to fix it. Never contains the token. */
export function describeDeployError(error: unknown, context: ErrorContext): string {
  return scrub(describe(error, context), context.token);
}

function describe(error: unknown, context: ErrorContext): string {
  if (error instanceof ConfigError) return error.problems.join('; ');
  if (error instanceof DeployUsageError) return error.message;
  if (error instanceof DiscordAPIError) return describeApiError(error, context);
  if (error instanceof RateLimitError) {
    return `Discord rate-limited ${error.method.toUpperCase()} ${urlPart(error.url, 'pathname')} for ${seconds(error.retryAfter)}, longer than this tool waits; run it again after that.`;
  }
  if (error instanceof HTTPError) {
    return `Discord answered ${error.status} to ${error.method.toUpperCase()} ${urlPart(error.url, 'pathname')}, also on retry; Discord may be having trouble (https://discordstatus.com), try again later.`;
  }
  const host = urlPart(context.apiBase, 'host');
  if (error instanceof Error && error.name === 'AbortError') {
    const limit = context.timeoutMs === undefined ? '' : ` within ${seconds(context.timeoutMs)}`;
    return `No answer from ${host}${limit}, also on retry; check your network, or DISCORD_API_BASE if you set it.`;
  }
  const code = networkCode(error);
  if (code !== undefined) {
    return `Cannot reach ${host} (${code}); check your network connection, or DISCORD_API_BASE (${context.apiBase}) if you set it.`;
  }
  return `Deploy failed: ${error instanceof Error ? firstLine(error.message) : String(error)}`;
}

function describeApiError(error: DiscordAPIError, context: ErrorContext): string {
  const request = `${error.method.toUpperCase()} ${urlPart(error.url, 'pathname')}`;
  if (error.status === 401) {
    return `Discord rejected DISCORD_TOKEN (401 Unauthorized on ${request}): it is mistyped, reset or from another app; copy a fresh one from Developer Portal > your app > Bot > Reset Token into .env.`;
  }
  if (error.status === 403 || error.code === RESTJSONErrorCodes.MissingAccess) {
    const invite = context.inviteUrl === undefined ? '' : ` Invite it: ${context.inviteUrl}`;
    if (context.guildId !== undefined) {
      return `Missing access to guild ${context.guildId} (${error.status}, code ${String(error.code)}): the bot is not in that server, or was added without the applications.commands scope; check DISCORD_GUILD_ID.${invite}`;
    }
    return `Missing access to application ${context.applicationId ?? '(unknown)'}'s commands (${error.status}, code ${String(error.code)}): DISCORD_APPLICATION_ID must be the application the token belongs to (Developer Portal > General Information).`;
  }
  if (error.code === RESTJSONErrorCodes.InvalidFormBodyOrContentType) {
    return `Discord refused the commands (400 Invalid Form Body): ${error.message.split('\n').slice(1).join('; ')}`;
  }
  return `Discord answered ${error.status} (code ${String(error.code)}) to ${request}: ${firstLine(error.message)}`;
}

/** undici wraps the socket error (sometimes in an AggregateError, one per address tried). */
function networkCode(error: unknown, depth = 0): string | undefined {
  if (depth > 4 || typeof error !== 'object' || error === null) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
  if (Array.isArray(errors)) {
    for (const inner of errors) {
      const found = networkCode(inner, depth + 1);
      if (found !== undefined) return found;
    }
  }
  return networkCode(cause, depth + 1);
}

function urlPart(url: string, part: 'host' | 'pathname'): string {
  return URL.canParse(url) ? new URL(url)[part] : url;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(ms % 1000 === 0 ? 0 : 1)} s`;
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? '';
}

function scrub(text: string, token: string | undefined): string {
  const oneLine = text.replace(/\s*\n\s*/g, ' ');
  return token === undefined || token === '' ? oneLine : oneLine.split(token).join('[token]');
}
