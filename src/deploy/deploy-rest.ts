// @discordjs/rest is the REST client inside discord.js (same version, hoisted); importing it
// directly skips loading the whole gateway library, which halves the CLI's start-up time.
import { REST } from '@discordjs/rest';
import type { Logger } from '../logging/logger.js';

/** The two calls deployment makes; tests may pass anything with this shape. */
export type CommandsRest = Pick<REST, 'get' | 'put'>;

export interface RateLimitNotice {
  readonly method: string;
  readonly path: string;
  readonly retryAfterSeconds: number;
  readonly global: boolean;
}

/**
 * A deploy is two requests; waiting 15 s x 4 attempts (the library default) on an unreachable
 * host only delays the error message. One retry still rides out a single dropped connection.
 */
export const DEPLOY_TIMEOUT_MS = 8_000;
/** Longer rate-limit waits fail instead: a CLI should not hang for a minute. */
const MAX_RATE_LIMIT_WAIT_MS = 60_000;

export function createDeployRest(options: {
  readonly token: string;
  /** DISCORD_API_BASE, e.g. `http://127.0.0.1:3000/api`; undefined means discord.com. */
  readonly apiBase?: string | undefined;
  /** Called when Discord answers 429; @discordjs/rest then waits Retry-After and retries. */
  readonly onRateLimited?: (notice: RateLimitNotice) => void;
  readonly logger?: Logger | undefined;
}): REST {
  const rest = new REST({
    timeout: DEPLOY_TIMEOUT_MS,
    retries: 1,
    // Returning true makes the request reject with a RateLimitError instead of sleeping.
    rejectOnRateLimit: (limit) => limit.retryAfter > MAX_RATE_LIMIT_WAIT_MS,
    // `api: undefined` would override the library default with undefined.
    ...(options.apiBase === undefined ? {} : { api: options.apiBase }),
  }).setToken(options.token);

  rest.on('response', (request, response) => {
    options.logger?.debug(
      { method: request.method, path: request.path, status: response.status },
      'discord response',
    );
    if (response.status !== 429) return;
    options.onRateLimited?.({
      method: request.method.toUpperCase(),
      path: request.path,
      retryAfterSeconds: Number(response.headers.get('retry-after') ?? 0),
      global: response.headers.get('x-ratelimit-global') === 'true',
    });
  });
  return rest;
}
