import { isDeepStrictEqual } from 'node:util';
import {
  isJsonObject,
  normalizeCommand,
  type CommandScope,
  type JsonObject,
} from './normalize-command.js';

export interface CommandChange {
  readonly kind: 'added' | 'changed' | 'removed';
  readonly label: string;
  /** `+ /name`, `- /name`, or one `~ /name path: before → after` per field that differs. */
  readonly lines: readonly string[];
}

export interface CommandDiff {
  /** Added first, then changed, then removed; each group in name order. */
  readonly changes: readonly CommandChange[];
  /** Labels of commands that are identical on both sides. */
  readonly unchanged: readonly string[];
}

const ORDER = { added: 0, changed: 1, removed: 2 } as const;

/** Compares what Discord has registered (`remote`) with what we would deploy (`local`). */
export function diffCommands(
  local: readonly object[],
  remote: readonly object[],
  scope: CommandScope = 'global',
): CommandDiff {
  const localByKey = byKey(local, scope);
  const remoteByKey = byKey(remote, scope);
  const changes: CommandChange[] = [];
  const unchanged: string[] = [];

  for (const [key, after] of localByKey) {
    const before = remoteByKey.get(key);
    const label = labelOf(after);
    if (before === undefined) {
      changes.push({ kind: 'added', label, lines: [`+ ${label}${describeOptions(after)}`] });
      continue;
    }
    const fields: string[] = [];
    diffValues('', before, after, fields);
    if (fields.length === 0) unchanged.push(label);
    else
      changes.push({ kind: 'changed', label, lines: fields.map((line) => `~ ${label} ${line}`) });
  }
  for (const [key, before] of remoteByKey) {
    const label = labelOf(before);
    if (!localByKey.has(key)) changes.push({ kind: 'removed', label, lines: [`- ${label}`] });
  }

  changes.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.label.localeCompare(b.label));
  return { changes, unchanged: unchanged.sort((a, b) => a.localeCompare(b)) };
}

/** The diff as lines for a terminal. */
export function formatDiff(diff: CommandDiff): string[] {
  return diff.changes.flatMap((change) => change.lines);
}

// Discord keys commands by (type, name): a user command and a slash command may share a name.
function byKey(commands: readonly object[], scope: CommandScope): Map<string, JsonObject> {
  return new Map(
    commands.map((raw) => {
      const command = normalizeCommand(raw, scope);
      return [JSON.stringify([command.type ?? 1, command.name]), command];
    }),
  );
}

const TYPE_LABELS: Readonly<Record<number, string>> = {
  2: 'user context menu',
  3: 'message context menu',
  4: 'entry point',
};

function labelOf(command: JsonObject): string {
  const name = typeof command.name === 'string' ? command.name : '(unnamed)';
  const kind = typeof command.type === 'number' ? TYPE_LABELS[command.type] : undefined;
  return kind === undefined ? `/${name}` : `${name} (${kind})`;
}

function describeOptions(command: JsonObject): string {
  const count = Array.isArray(command.options) ? command.options.length : 0;
  return count === 0 ? '' : ` (${count} option${count === 1 ? '' : 's'})`;
}

/** Appends `path: before → after` for each field that differs. */
function diffValues(path: string, before: unknown, after: unknown, out: string[]): void {
  if (isDeepStrictEqual(before, after)) return;
  if (isJsonObject(before) && isJsonObject(after)) {
    const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
    for (const key of [...keys].sort()) {
      diffValues(path === '' ? key : `${path}.${key}`, before[key], after[key], out);
    }
    return;
  }
  const beforeNames = namesOf(before);
  const afterNames = namesOf(after);
  if (beforeNames === undefined || afterNames === undefined) {
    out.push(`${path}: ${show(before)} → ${show(after)}`);
    return;
  }
  // Options and choices are matched by name, so inserting one option reports that insertion
  // instead of a changed field on every option after it. Paths use the local index.
  if (!isDeepStrictEqual(beforeNames, afterNames)) {
    out.push(`${path} (names, in order): ${show(beforeNames)} → ${show(afterNames)}`);
  }
  afterNames.forEach((name, index) => {
    const previous: unknown = (before as unknown[])[beforeNames.indexOf(name)];
    if (previous !== undefined) {
      diffValues(`${path}[${index}]`, previous, (after as unknown[])[index], out);
    }
  });
}

/** The names of a list of named objects (options, choices), if each name is there once. */
function namesOf(value: unknown): string[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const names = value.map((item: unknown) => (isJsonObject(item) ? item.name : undefined));
  const named = names.every((name): name is string => typeof name === 'string');
  return named && new Set(names).size === names.length ? names : undefined;
}

const MAX_SHOWN = 120;

function show(value: unknown): string {
  if (value === undefined) return '(unset)';
  const text = JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
