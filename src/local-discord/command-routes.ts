import type { ApiFailure } from './discord-errors.js';
import type { CommandRegistry, CommandScope } from './command-registry.js';
import type { FixtureGuild } from './fixtures.js';
import {
  fail,
  json,
  noContent,
  param,
  type RestRequest,
  type RestResponse,
  type RestRoute,
} from './rest-route.js';
import { unknownCommand } from './discord-errors.js';

/** `/applications/{app}/commands` and `/applications/{app}/guilds/{guild}/commands`, global and guild. */
export interface CommandRouteContext {
  readonly applicationId: string;
  readonly guilds: readonly FixtureGuild[];
  readonly commands: CommandRegistry;
}

const missingAccess = (): ApiFailure => ({
  status: 403,
  body: { message: 'Missing Access', code: 50001 },
});

export function commandRoutes(context: CommandRouteContext): RestRoute[] {
  const guildIds = new Set(context.guilds.map((guild) => guild.id));

  /** Resolves the scope from the path, or the error Discord gives for someone else's app/guild. */
  function scopeOf(request: RestRequest, guildScoped: boolean): CommandScope | ApiFailure {
    if (param(request, 0) !== context.applicationId) return missingAccess();
    if (!guildScoped) return { kind: 'global' };
    const guildId = param(request, 1);
    return guildIds.has(guildId) ? { kind: 'guild', guildId } : missingAccess();
  }

  function withScope(
    guildScoped: boolean,
    run: (scope: CommandScope, request: RestRequest) => RestResponse,
  ): (request: RestRequest) => RestResponse {
    return (request) => {
      const scope = scopeOf(request, guildScoped);
      return 'status' in scope ? fail(scope) : run(scope, request);
    };
  }

  const routes: RestRoute[] = [];
  for (const guildScoped of [false, true]) {
    const base = guildScoped
      ? '/applications/(\\d+)/guilds/(\\d+)/commands'
      : '/applications/(\\d+)/commands';
    const idIndex = guildScoped ? 2 : 1;
    const collection = new RegExp(`^${base}$`);
    const single = new RegExp(`^${base}/(\\d+)$`);
    routes.push(
      {
        method: 'GET',
        pattern: collection,
        auth: 'bot',
        handle: withScope(guildScoped, (scope) => json(200, context.commands.list(scope))),
      },
      {
        method: 'PUT',
        pattern: collection,
        auth: 'bot',
        handle: withScope(guildScoped, (scope, request) => {
          const result = context.commands.bulkOverwrite(scope, request.body);
          return result.ok ? json(200, result.value) : fail(result.failure);
        }),
      },
      {
        method: 'POST',
        pattern: collection,
        auth: 'bot',
        handle: withScope(guildScoped, (scope, request) => {
          const result = context.commands.upsert(scope, request.body);
          if (!result.ok) return fail(result.failure);
          // Discord answers 201 for a new command and 200 when the name already existed.
          return json(result.value.created ? 201 : 200, result.value.command);
        }),
      },
      {
        method: 'GET',
        pattern: single,
        auth: 'bot',
        handle: withScope(guildScoped, (scope, request) => {
          const command = context.commands.get(scope, param(request, idIndex));
          return command === undefined ? fail(unknownCommand()) : json(200, command);
        }),
      },
      {
        method: 'PATCH',
        pattern: single,
        auth: 'bot',
        handle: withScope(guildScoped, (scope, request) => {
          const result = context.commands.edit(scope, param(request, idIndex), request.body);
          if (result === undefined) return fail(unknownCommand());
          return result.ok ? json(200, result.value) : fail(result.failure);
        }),
      },
      {
        method: 'DELETE',
        pattern: single,
        auth: 'bot',
        handle: withScope(guildScoped, (scope, request) =>
          context.commands.delete(scope, param(request, idIndex))
            ? noContent()
            : fail(unknownCommand()),
        ),
      },
    );
  }
  return routes;
}
