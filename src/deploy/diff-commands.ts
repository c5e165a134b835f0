import {
  canonicalJson,
  isJsonObject,
  normalizeCommand,
  type CanonicalCommand,
  type CommandScope,
  type JsonValue,
} from './normalize-command.js';

/** One field that differs; `before` is what Discord has, `after` what we would deploy. */
export interface FieldChange {
  readonly path: string;
  readonly before: JsonValue | undefined;
  readonly after: JsonValue | undefined;
}

export type CommandChange =
  | { readonly kind: 'added'; readonly label: string; readonly command: CanonicalCommand }
  | { readonly kind: 'removed'; readonly label: string; readonly command: CanonicalCommand }
  | { readonly kind: 'changed'; readonly label: string; readonly fields: readonly FieldChange[] };

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
      changes.push({ kind: 'added', label, command: after });
      continue;
    }
    const fields: FieldChange[] = [];
    diffValues('', before, after, fields);
    if (fields.length === 0) unchanged.push(label);
    else changes.push({ kind: 'changed', label, fields });
  }
  for (const [key, before] of remoteByKey) {
    if (!localByKey.has(key))
      changes.push({ kind: 'removed', label: labelOf(before), command: before });
  }

  changes.sort((a, b) => ORDER[a.kind] - ORDER[b.kind] || a.label.localeCompare(b.label));
  return { changes, unchanged: unchanged.sort((a, b) => a.localeCompare(b)) };
}

/** The diff as lines for a terminal: `+ /name`, `- /name`, `~ /name path: before → after`. */
export function formatDiff(diff: CommandDiff): string[] {
  return diff.changes.flatMap((change) => {
    switch (change.kind) {
      case 'added':
        return [`+ ${change.label}${describeOptions(change.command)}`];
      case 'removed':
        return [`- ${change.label}`];
      case 'changed':
        return change.fields.map(
          (field) =>
            `~ ${change.label} ${field.path}: ${showValue(field.before)} → ${showValue(field.after)}`,
        );
    }
  });
}

// Discord keys commands by (type, name): a user command and a slash command may share a name.
function byKey(commands: readonly object[], scope: CommandScope): Map<string, CanonicalCommand> {
  const map = new Map<string, CanonicalCommand>();
  for (const raw of commands) {
    const command = normalizeCommand(raw, scope);
    map.set(`${canonicalJson(command.type ?? 1)}:${canonicalJson(command.name)}`, command);
  }
  return map;
}

const TYPE_LABELS: Readonly<Record<number, string>> = {
  2: 'user context menu',
  3: 'message context menu',
  4: 'entry point',
};

function labelOf(command: CanonicalCommand): string {
  const name = typeof command.name === 'string' ? command.name : '(unnamed)';
  const kind = typeof command.type === 'number' ? TYPE_LABELS[command.type] : undefined;
  return kind === undefined ? `/${name}` : `${name} (${kind})`;
}

function describeOptions(command: CanonicalCommand): string {
  const count = Array.isArray(command.options) ? command.options.length : 0;
  return count === 0 ? '' : ` (${count} option${count === 1 ? '' : 's'})`;
}

function diffValues(
  path: string,
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  out: FieldChange[],
): void {
  if (canonicalJson(before) === canonicalJson(after)) return;
  if (isJsonObject(before) && isJsonObject(after)) {
    const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
    for (const key of keys) diffValues(join(path, key), before[key], after[key], out);
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const beforeNames = namesOf(before);
    const afterNames = namesOf(after);
    if (beforeNames !== undefined && afterNames !== undefined) {
      diffNamedLists(path, before, after, beforeNames, afterNames, out);
      return;
    }
  }
  out.push({ path: path || '(command)', before, after });
}

/**
 * Options and choices are matched by name, so inserting one option reports that insertion
 * instead of a changed field on every option after it. Paths use the local index.
 */
function diffNamedLists(
  path: string,
  before: readonly JsonValue[],
  after: readonly JsonValue[],
  beforeNames: readonly string[],
  afterNames: readonly string[],
  out: FieldChange[],
): void {
  if (beforeNames.join('\u0000') !== afterNames.join('\u0000')) {
    out.push({ path: `${path} (names, in order)`, before: beforeNames, after: afterNames });
  }
  afterNames.forEach((name, index) => {
    const previous = before[beforeNames.indexOf(name)];
    if (previous !== undefined) diffValues(`${path}[${index}]`, previous, after[index], out);
  });
}

function namesOf(items: readonly JsonValue[]): string[] | undefined {
  const names: string[] = [];
  for (const item of items) {
    if (!isJsonObject(item) || typeof item.name !== 'string') return undefined;
    names.push(item.name);
  }
  return new Set(names).size === names.length ? names : undefined;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

const MAX_SHOWN = 120;

function showValue(value: JsonValue | undefined): string {
  if (value === undefined) return '(unset)';
  const text = JSON.stringify(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}
