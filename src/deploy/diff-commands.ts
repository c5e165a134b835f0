import { isDeepStrictEqual } from 'node:util';
import { isJsonObject, normalizeCommand, type CommandScope } from './normalize-command.js';

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
    const lines =
      before === undefined
        ? [`+ ${label}${describeOptions(after)}`]
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

// Discord keys commands by (type, name): a user command and a slash command may share a name.
function byKey(commands: readonly object[], scope: CommandScope) {
  return new Map(
    commands.map((raw) => {
      const command = normalizeCommand(raw, scope);
      return [JSON.stringify([command.type ?? 1, command.name]), command];
    }),
  );
}

function describeOptions(command: Record<string, unknown>): string {
  const count = Array.isArray(command.options) ? command.options.length : 0;
  return count === 0 ? '' : ` (${count} option${count === 1 ? '' : 's'})`;
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

const MAX_SHOWN = 120;

function show(value: unknown): string {
  if (value === undefined) return '(unset)';
  const text = JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
