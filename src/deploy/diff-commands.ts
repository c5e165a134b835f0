import { isDeepStrictEqual } from 'node:util';

type JsonObject = Record<string, unknown>;

type CommandScope = 'global' | 'guild';

const SERVER_ONLY = new Set([
  'id',
  'application_id',
  'version',
  'guild_id',
  'name_localized',
  'description_localized',
]);

const COMMAND_DEFAULTS = { type: 1, nsfw: false, dm_permission: true, integration_types: [0] };

/** A command's only lists of objects are options and choices; choices have neither field. */
const OPTION_DEFAULTS = { required: false, autocomplete: false };

/** Lists of numbers whose order carries no meaning, sorted. */
const SET_LIKE = new Set(['integration_types', 'contexts', 'channel_types']);

/** Discord documents these as "only for globally-scoped commands": in a guild they mean nothing. */
const GLOBAL_ONLY = ['integration_types', 'contexts', 'dm_permission'];

/** Values that state nothing: Discord returns null, "" or {} for a field we leave out. */
const UNSET = [undefined, null, '', {}, []];

const MAX_SHOWN = 120;

// What Discord has (`remote`) against ours (`local`): how many commands change, their lines for
// a terminal (`+ /name`, `~ /name path: before → after`, `- /name`) and the unchanged labels.
export function diffCommands(
  local: readonly object[],
  remote: readonly object[],
  scope: CommandScope = 'global',
) {
  const localByKey = byKey(local, scope);
  const remoteByKey = byKey(remote, scope);
  // order: added first, then changed, then removed; each group in name order.
  const changes: { order: number; label: string; lines: string[] }[] = [];
  const unchanged: string[] = [];

  for (const [key, after] of localByKey) {
    const before = remoteByKey.get(key);
    // We register only slash commands; a leftover of another type prints the same way.
    const label = `/${String(after.name)}`;
    const options = Array.isArray(after.options) ? after.options.length : 0;
    const lines =
      before === undefined
        ? [`+ ${label}${options === 0 ? '' : ` (${plural(options, 'option')})`}`]
        : diffValues('', before, after).map((line) => `~ ${label} ${line}`);
    if (lines.length === 0) unchanged.push(label);
    else changes.push({ order: before === undefined ? 0 : 1, label, lines });
  }
  for (const [key, before] of remoteByKey) {
    const label = `/${String(before.name)}`;
    if (!localByKey.has(key)) changes.push({ order: 2, label, lines: [`- ${label}`] });
  }

  changes.sort((a, b) => a.order - b.order || a.label.localeCompare(b.label));
  return {
    changes: changes.length,
    lines: changes.flatMap((change) => change.lines),
    unchanged: unchanged.sort((a, b) => a.localeCompare(b)),
  };
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

// One form whether we send a command or Discord returns it: defaults and bookkeeping dropped,
// unknown fields kept (a new Discord default costs one redeploy, not a hidden change).
export function normalizeCommand(command: object, scope: CommandScope = 'global'): JsonObject {
  const normalized = normalize(command, '', COMMAND_DEFAULTS) as JsonObject;
  // contexts supersedes dm_permission, and Discord derives its own value.
  const ignored =
    scope === 'guild' ? GLOBAL_ONLY : normalized.contexts === undefined ? [] : ['dm_permission'];
  return Object.fromEntries(Object.entries(normalized).filter(([key]) => !ignored.includes(key)));
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Discord keys commands by (type, name): a user command and a slash command may share a name.
function byKey(commands: readonly object[], scope: CommandScope) {
  return new Map(
    commands.map((raw) => {
      const command = normalizeCommand(raw, scope);
      return [JSON.stringify([command.type ?? 1, command.name]), command];
    }),
  );
}

/** `key` is the field holding `value`; `defaults` are the values its fields drop. */
function normalize(value: unknown, key: string, defaults: JsonObject = {}): unknown {
  if (Array.isArray(value)) {
    const items = value.map((item: unknown) => normalize(item, '', OPTION_DEFAULTS) ?? null);
    return SET_LIKE.has(key) ? [...new Set(items)].sort((a, b) => Number(a) - Number(b)) : items;
  }
  if (isJsonObject(value)) {
    const entries = Object.entries(value).flatMap(([name, raw]) => {
      const field = SERVER_ONLY.has(name) ? undefined : normalize(raw, name);
      const dropped = [...UNSET, defaults[name]].some((same) => isDeepStrictEqual(field, same));
      return dropped ? [] : [[name, field] as const];
    });
    // Sorted keys, so the values printed in a diff read the same on both sides.
    return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return value;
}

function diffValues(path: string, before: unknown, after: unknown): string[] {
  if (isDeepStrictEqual(before, after)) return [];
  if (isJsonObject(before) && isJsonObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    return keys.flatMap((key) =>
      diffValues(path === '' ? key : `${path}.${key}`, before[key], after[key]),
    );
  }
  if (!isNamedList(before) || !isNamedList(after)) {
    return [`${path}: ${show(before)} → ${show(after)}`];
  }
  // Options and choices are matched by name, so inserting one option reports that insertion
  // instead of a changed field on every option after it. Paths use the local index.
  const beforeNames = before.map((item) => item.name);
  const afterNames = after.map((item) => item.name);
  const order = isDeepStrictEqual(beforeNames, afterNames)
    ? []
    : [`${path} (names, in order): ${show(beforeNames)} → ${show(afterNames)}`];
  return order.concat(
    after.flatMap((item, index) => {
      const previous = before[beforeNames.indexOf(item.name)];
      return previous === undefined ? [] : diffValues(`${path}[${index}]`, previous, item);
    }),
  );
}

/** Lists of objects that each have their own name: options and choices. */
function isNamedList(value: unknown): value is { readonly name: string }[] {
  if (!Array.isArray(value)) return false;
  const names = value.map((item: unknown) => (isJsonObject(item) ? item.name : undefined));
  return names.every((name) => typeof name === 'string') && new Set(names).size === names.length;
}

function show(value: unknown): string {
  if (value === undefined) return '(unset)';
  const text = JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
