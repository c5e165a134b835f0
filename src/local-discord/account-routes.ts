import type { APIUser } from 'discord-api-types/v10';
import { json, type RestRoute } from './rest-route.js';

/** What a bot asks about itself: where the gateway is, who it is, which application it belongs to. */
export interface AccountRouteContext {
  readonly applicationId: string;
  readonly applicationFlags: number;
  readonly bot: APIUser;
  readonly gatewayUrl: () => string;
  readonly recommendedShards: number;
  readonly maxConcurrency: number;
}

export function accountRoutes(context: AccountRouteContext): RestRoute[] {
  return [
    {
      method: 'GET',
      pattern: /^\/gateway$/,
      auth: 'none',
      handle: () => json(200, { url: context.gatewayUrl() }),
    },
    {
      method: 'GET',
      pattern: /^\/gateway\/bot$/,
      auth: 'bot',
      handle: () =>
        json(200, {
          url: context.gatewayUrl(),
          shards: context.recommendedShards,
          // Generous limits: the stand-in never runs out of identifies.
          session_start_limit: {
            total: 1000,
            remaining: 1000,
            reset_after: 86_400_000,
            max_concurrency: context.maxConcurrency,
          },
        }),
    },
    {
      method: 'GET',
      pattern: /^\/users\/@me$/,
      auth: 'bot',
      handle: () => json(200, context.bot),
    },
    {
      method: 'GET',
      pattern: /^\/applications\/@me$/,
      auth: 'bot',
      handle: () =>
        json(200, {
          id: context.applicationId,
          name: context.bot.username,
          icon: null,
          description: '',
          summary: '',
          type: null,
          bot: context.bot,
          bot_public: false,
          bot_require_code_grant: false,
          verify_key: '0'.repeat(64),
          flags: context.applicationFlags,
          hook: true,
          is_monetized: false,
          integration_types_config: { '0': {} },
          approximate_guild_count: 0,
          team: null,
        }),
    },
  ];
}
