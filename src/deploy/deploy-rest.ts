// @discordjs/rest is the REST client inside discord.js (same version, hoisted); importing it
// directly skips loading the whole gateway library, which halves the CLI's start-up time.
import { REST } from '@discordjs/rest';
import { DISCORD_API } from '../config/config-schema.js';
import type { Logger } from '../logging/logger.js';

// A deploy is two requests: the library's 15 s x 4 attempts on an unreachable host only delay
// the error. One retry still rides out a single dropped connection.
export const DEPLOY_TIMEOUT_MS = 8_000;
/** Longer rate-limit waits fail instead: a CLI should not hang for a minute. */
const MAX_RATE_LIMIT_WAIT_MS = 60_000;

export function createDeployRest(options: {
  readonly token: string;
  readonly apiBase?: string | undefined;
  /** Told when Discord answers 429; @discordjs/rest then waits Retry-After and retries. */
  readonly print?: (line: string) => void;
  readonly logger?: Logger | undefined;
}): REST {
  const rest = new REST({
    api: options.apiBase ?? DISCORD_API,
    timeout: DEPLOY_TIMEOUT_MS,
    retries: 1,
    // Returning true makes the request reject with a RateLimitError instead of sleeping.
    rejectOnRateLimit: (limit) => limit.retryAfter > MAX_RATE_LIMIT_WAIT_MS,
  }).setToken(options.token);

  rest.on('response', ({ method, path }, { status, headers }) => {
    options.logger?.debug({ method, path, status }, 'discord response');
    if (status !== 429) return;
    const scope = headers.get('x-ratelimit-global') === 'true' ? 'globally ' : '';
    const wait = Number(headers.get('retry-after') ?? 0);
    options.print?.(
      `Rate limited ${scope}by Discord on ${method.toUpperCase()} ${path}: waiting ${wait} s as Retry-After says, then retrying.`,
    );
  });
  return rest;
}
