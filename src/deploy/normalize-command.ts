/**
 * One canonical form for an application command, whether it is the JSON we are about to send or
 * what Discord's GET returned. Discord fills in defaults and bookkeeping on its side, and our
 * builders sometimes spell a default out (`required: false`) where Discord leaves it away, so the
 * two are only comparable once both sides drop every field that merely states the default.
 *
 * Rules (applied to commands, options and choices alike, recursively):
 * - Server bookkeeping is dropped: id, application_id, version, guild_id, name_localized,
 *   description_localized.
 * - `null`, empty arrays, empty objects and "" are "not set" and are dropped.
 * - A field equal to its documented default is dropped: command type 1, nsfw false,
 *   default_member_permissions null, dm_permission true, integration_types [0];
 *   option required false, autocomplete false.
 * - dm_permission is dropped whenever `contexts` is set: contexts supersedes it and Discord
 *   derives its own value.
 * - Set-like arrays (integration_types, contexts, channel_types) are sorted; order carries no
 *   meaning there. Options and choices keep their order: Discord shows them in that order.
 * - Object keys are sorted, so equal commands have equal JSON.
 * - Guild commands drop integration_types, contexts and dm_permission: Discord documents all three
 *   as "only for globally-scoped commands", so in a guild they mean nothing and whatever Discord
 *   echoes back must not count as a change.
 * - Unknown fields are kept: if Discord starts returning a new default we would rather show it in
 *   the diff (and redeploy once too often) than silently ignore a real change.
 */
export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

export type JsonObject = { readonly [key: string]: JsonValue };

/** A command in canonical form; compare two with `canonicalJson`. */
export type CanonicalCommand = JsonObject;

const SERVER_ONLY = new Set([
  'id',
  'application_id',
  'version',
  'guild_id',
  'name_localized',
  'description_localized',
]);

const COMMAND_DEFAULTS: JsonObject = {
  type: 1,
  nsfw: false,
  dm_permission: true,
  integration_types: [0],
};

const OPTION_DEFAULTS: JsonObject = { required: false, autocomplete: false };

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

export type CommandScope = 'global' | 'guild';

const GLOBAL_ONLY = ['integration_types', 'contexts', 'dm_permission'];

export function normalizeCommand(
  command: object,
  scope: CommandScope = 'global',
): CanonicalCommand {
  const normalized = normalizeObject(command, COMMAND_DEFAULTS);
  if (scope === 'guild') return withoutKeys(normalized, GLOBAL_ONLY);
  return normalized.contexts === undefined
    ? normalized
    : withoutKeys(normalized, ['dm_permission']);
}

function normalizeObject(source: object, defaults: JsonObject): JsonObject {
  const entries: [string, JsonValue][] = [];
  for (const [key, raw] of Object.entries(source as Record<string, unknown>)) {
    if (SERVER_ONLY.has(key)) continue;
    const value = NESTED.has(key) ? normalizeNestedList(raw) : normalizeValue(key, raw);
    if (value === undefined || isUnset(value)) continue;
    const fallback = defaults[key];
    if (fallback !== undefined && canonicalJson(fallback) === canonicalJson(value)) continue;
    entries.push([key, value]);
  }
  entries.sort(([a], [b]) => compareText(a, b));
  return Object.fromEntries(entries);
}

function normalizeNestedList(raw: unknown): JsonValue | undefined {
  if (!Array.isArray(raw)) return normalizeValue('', raw);
  return raw.map((item: unknown) =>
    isJsonObject(item)
      ? normalizeObject(item, OPTION_DEFAULTS)
      : (normalizeValue('', item) ?? null),
  );
}

function normalizeValue(key: string, raw: unknown): JsonValue | undefined {
  if (raw === null || typeof raw === 'boolean' || typeof raw === 'string') return raw;
  if (typeof raw === 'number') return raw;
  if (Array.isArray(raw)) {
    const items = raw.map((item: unknown) => normalizeValue('', item) ?? null);
    return SET_LIKE.has(key) ? sortSet(items) : items;
  }
  if (isJsonObject(raw)) return normalizeObject(raw, {});
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
