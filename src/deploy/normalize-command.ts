/**
 * One canonical form for an application command, whether the JSON we send or what Discord's GET
 * returns: Discord fills in defaults and bookkeeping, our builders spell some defaults out, so
 * both sides drop every field that merely states a default. Options and choices keep their order
 * (Discord shows them in order). Unknown fields are kept: if Discord starts returning a new
 * default we would rather redeploy once too often than silently ignore a real change.
 */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type JsonObject = { readonly [key: string]: JsonValue };

/** A command in canonical form; compare two with `canonicalJson`. */
export type CanonicalCommand = JsonObject;

export type CommandScope = 'global' | 'guild';

const SERVER_ONLY = new Set([
  'id',
  'application_id',
  'version',
  'guild_id',
  'name_localized',
  'description_localized',
]);

/** Discord's documented defaults. */
const COMMAND_DEFAULTS: JsonObject = {
  type: 1,
  nsfw: false,
  dm_permission: true,
  integration_types: [0],
};

const OPTION_DEFAULTS: JsonObject = { required: false, autocomplete: false };

/** Arrays whose order carries no meaning, sorted. */
const SET_LIKE = new Set(['integration_types', 'contexts', 'channel_types']);

/** Fields holding nested options or choices, which get the option rules rather than the command's. */
const NESTED = new Set(['options', 'choices']);

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Stable JSON for equality checks: canonical values already have sorted keys. */
export function canonicalJson(value: JsonValue | undefined): string {
  return value === undefined ? 'undefined' : JSON.stringify(value);
}

/** Discord documents these as "only for globally-scoped commands": in a guild they mean nothing. */
const GLOBAL_ONLY = ['integration_types', 'contexts', 'dm_permission'];

export function normalizeCommand(
  command: object,
  scope: CommandScope = 'global',
): CanonicalCommand {
  const normalized = normalizeObject(command, COMMAND_DEFAULTS);
  if (scope === 'guild') return withoutKeys(normalized, GLOBAL_ONLY);
  // contexts supersedes dm_permission, and Discord derives its own value.
  return normalized.contexts === undefined
    ? normalized
    : withoutKeys(normalized, ['dm_permission']);
}

function normalizeObject(source: object, defaults: JsonObject): JsonObject {
  const entries: [string, JsonValue][] = [];
  for (const [key, raw] of Object.entries(source as Record<string, unknown>)) {
    if (SERVER_ONLY.has(key)) continue;
    const value = normalizeValue(key, raw);
    // null, "", [] and {} are "not set".
    if (value === undefined || isUnset(value)) continue;
    const fallback = defaults[key];
    if (fallback !== undefined && canonicalJson(fallback) === canonicalJson(value)) continue;
    entries.push([key, value]);
  }
  entries.sort(([a], [b]) => compareText(a, b));
  return Object.fromEntries(entries);
}

/** Items of `options` and `choices` (the parent key) get the option defaults. */
function normalizeValue(
  key: string,
  raw: unknown,
  defaults: JsonObject = {},
): JsonValue | undefined {
  const type = typeof raw;
  if (raw === null || type === 'boolean' || type === 'string' || type === 'number') {
    return raw as JsonValue;
  }
  if (Array.isArray(raw)) {
    const itemDefaults = NESTED.has(key) ? OPTION_DEFAULTS : {};
    const items = raw.map((item: unknown) => normalizeValue('', item, itemDefaults) ?? null);
    return SET_LIKE.has(key) ? sortSet(items) : items;
  }
  if (isJsonObject(raw)) return normalizeObject(raw, defaults);
  // undefined, functions, bigint: not JSON, so not something Discord could store.
  return undefined;
}

function sortSet(items: readonly JsonValue[]): JsonValue[] {
  const unique = [...new Map(items.map((item) => [canonicalJson(item), item])).values()];
  return unique.sort((a, b) => {
    if (typeof a === 'number' && typeof b === 'number') return a - b;
    return compareText(canonicalJson(a), canonicalJson(b));
  });
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function isUnset(value: JsonValue): boolean {
  if (value === null || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return isJsonObject(value) && Object.keys(value).length === 0;
}

function withoutKeys(object: JsonObject, keys: readonly string[]): JsonObject {
  return Object.fromEntries(Object.entries(object).filter(([name]) => !keys.includes(name)));
}
