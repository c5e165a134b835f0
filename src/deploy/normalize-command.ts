import { isDeepStrictEqual } from 'node:util';

/**
 * One form for a command whether we send it or Discord's GET returns it: fields that only state a
 * default, or Discord's bookkeeping, are dropped. Unknown fields stay, so a new Discord default
 * costs one redeploy instead of hiding a real change. Options keep their order, as Discord shows.
 */
export type JsonObject = Record<string, unknown>;

export type CommandScope = 'global' | 'guild';

const SERVER_ONLY = new Set([
  'id',
  'application_id',
  'version',
  'guild_id',
  'name_localized',
  'description_localized',
]);

const COMMAND_DEFAULTS = { type: 1, nsfw: false, dm_permission: true, integration_types: [0] };

/** Items of these lists are options or choices, which get the option defaults. */
const NESTED = new Set(['options', 'choices']);
const OPTION_DEFAULTS = { required: false, autocomplete: false };

/** Lists of numbers whose order carries no meaning, sorted. */
const SET_LIKE = new Set(['integration_types', 'contexts', 'channel_types']);

/** Discord documents these as "only for globally-scoped commands": in a guild they mean nothing. */
const GLOBAL_ONLY = ['integration_types', 'contexts', 'dm_permission'];

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function normalizeCommand(command: object, scope: CommandScope = 'global'): JsonObject {
  const normalized = normalize(command, '', COMMAND_DEFAULTS) as JsonObject;
  // contexts supersedes dm_permission, and Discord derives its own value.
  const ignored =
    scope === 'guild' ? GLOBAL_ONLY : normalized.contexts === undefined ? [] : ['dm_permission'];
  return Object.fromEntries(Object.entries(normalized).filter(([key]) => !ignored.includes(key)));
}

/** `key` is the field holding `value`; `defaults` are the values its fields drop. */
function normalize(value: unknown, key: string, defaults: JsonObject = {}): unknown {
  if (Array.isArray(value)) {
    const itemDefaults = NESTED.has(key) ? OPTION_DEFAULTS : {};
    const items = value.map((item: unknown) => normalize(item, '', itemDefaults) ?? null);
    return SET_LIKE.has(key) ? [...new Set(items)].sort((a, b) => Number(a) - Number(b)) : items;
  }
  if (isJsonObject(value)) {
    const entries = Object.entries(value).flatMap(([name, raw]) => {
      const field = SERVER_ONLY.has(name) ? undefined : normalize(raw, name);
      return isUnset(field) || isDeepStrictEqual(field, defaults[name])
        ? []
        : [[name, field] as const];
    });
    // Sorted keys, so the values printed in a diff read the same on both sides.
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return value;
}

function isUnset(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  return typeof value === 'object' && Object.keys(value).length === 0;
}
