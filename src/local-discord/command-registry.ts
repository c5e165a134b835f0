import { ApplicationCommandType, type APIApplicationCommand } from 'discord-api-types/v10';
import { isEnumValue } from './discord-enums.js';
import { invalidFormBody, type ApiFailure } from './discord-errors.js';
import { toDiscordErrorTree, type LimitViolation } from './discord-limits.js';
import { commandViolations } from './request-validation.js';
import type { SnowflakeGenerator } from './snowflake.js';

/**
 * Application commands as Discord stores and returns them. The defaults added on write are what
 * Discord's API reports back for a command that omitted them, so a deploy tool can compare its
 * local JSON against a GET and tell "no change" exactly as it would in production:
 *
 * - `type` → 1 (CHAT_INPUT)
 * - `description` → "" for USER/MESSAGE commands
 * - `default_member_permissions` → null
 * - `nsfw` → false
 * - `integration_types` → [0] (GUILD_INSTALL)
 * - `contexts` → null (Discord really returns null here, not the documented [0,1,2])
 * - `dm_permission` → true, global commands only (deprecated, still returned)
 * - `guild_id` on guild commands; `id`, `application_id`, `version` on all
 * - options: `required: false` is dropped (Discord only ever returns `required: true`);
 *   `options` is omitted when empty. Localization maps are echoed only when sent.
 *
 * `version` only changes when a write actually changes the command; `id` is kept across a bulk
 * overwrite when the (type, name) pair already existed, as Discord does.
 */
export type StoredCommand = APIApplicationCommand;

export type CommandScope =
  { readonly kind: 'global' } | { readonly kind: 'guild'; readonly guildId: string };

export type RegistryResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly failure: ApiFailure };

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const OPTION_PASSTHROUGH = [
  'name_localizations',
  'description_localizations',
  'choices',
  'channel_types',
  'min_value',
  'max_value',
  'min_length',
  'max_length',
  'autocomplete',
] as const;

function normalizeOption(option: unknown): JsonRecord {
  if (!isRecord(option)) return {};
  const normalized: JsonRecord = {
    type: option.type,
    name: option.name,
    description: option.description ?? '',
  };
  if (option.required === true) normalized.required = true;
  for (const key of OPTION_PASSTHROUGH) {
    if (option[key] !== undefined && option[key] !== null) normalized[key] = option[key];
  }
  if (Array.isArray(option.options) && option.options.length > 0) {
    normalized.options = option.options.map(normalizeOption);
  }
  return normalized;
}

/** The command's content as Discord would store it, minus the identity fields (id, version). */
function normalizeContent(body: JsonRecord, scope: CommandScope): JsonRecord {
  const type = isEnumValue(ApplicationCommandType, body.type)
    ? body.type
    : ApplicationCommandType.ChatInput;
  const content: JsonRecord = {
    type,
    name: body.name,
    description: type === ApplicationCommandType.ChatInput ? body.description : '',
    default_member_permissions: body.default_member_permissions ?? null,
    nsfw: body.nsfw ?? false,
    integration_types: body.integration_types ?? [0],
    contexts: body.contexts ?? null,
  };
  if (scope.kind === 'global') content.dm_permission = body.dm_permission ?? true;
  else content.guild_id = scope.guildId;
  if (isRecord(body.name_localizations)) content.name_localizations = body.name_localizations;
  if (isRecord(body.description_localizations)) {
    content.description_localizations = body.description_localizations;
  }
  if (Array.isArray(body.options) && body.options.length > 0) {
    content.options = body.options.map(normalizeOption);
  }
  if (body.handler !== undefined) content.handler = body.handler;
  return content;
}

function sameContent(a: JsonRecord, b: JsonRecord): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function scopeKey(scope: CommandScope): string {
  return scope.kind === 'global' ? 'global' : `guild:${scope.guildId}`;
}

function stripIdentity(command: StoredCommand): JsonRecord {
  const content: JsonRecord = { ...command };
  delete content.id;
  delete content.application_id;
  delete content.version;
  return content;
}

export class CommandRegistry {
  readonly #byScope = new Map<string, StoredCommand[]>();
  readonly #applicationId: string;
  readonly #ids: SnowflakeGenerator;

  constructor(applicationId: string, ids: SnowflakeGenerator) {
    this.#applicationId = applicationId;
    this.#ids = ids;
  }

  list(scope: CommandScope): StoredCommand[] {
    return [...(this.#byScope.get(scopeKey(scope)) ?? [])];
  }

  get(scope: CommandScope, commandId: string): StoredCommand | undefined {
    return this.list(scope).find((command) => command.id === commandId);
  }

  /** PUT: the list becomes exactly `body`; unchanged commands keep id and version. */
  bulkOverwrite(scope: CommandScope, body: unknown): RegistryResult<StoredCommand[]> {
    const violations = commandViolations('overwrite', body);
    if (violations.length > 0) return this.#formError(violations);
    const existing = this.list(scope);
    // The spec allows `null` for "no commands".
    const next = ((body ?? []) as JsonRecord[]).map((entry) =>
      this.#materialize(scope, entry, existing),
    );
    this.#byScope.set(scopeKey(scope), next);
    return { ok: true, value: next };
  }

  /** POST: creates, or overwrites the command with the same (type, name). */
  upsert(
    scope: CommandScope,
    body: unknown,
  ): RegistryResult<{ command: StoredCommand; created: boolean }> {
    const violations = commandViolations('create', body);
    if (violations.length > 0 || !isRecord(body)) return this.#formError(violations);
    const existing = this.list(scope);
    const command = this.#materialize(scope, body, existing);
    const index = existing.findIndex((candidate) => candidate.id === command.id);
    const created = index === -1;
    if (created) existing.push(command);
    else existing[index] = command;
    this.#byScope.set(scopeKey(scope), existing);
    return { ok: true, value: { command, created } };
  }

  /** PATCH: merges the given fields over the stored command. */
  edit(
    scope: CommandScope,
    commandId: string,
    body: unknown,
  ): RegistryResult<StoredCommand> | undefined {
    const existing = this.list(scope);
    const index = existing.findIndex((candidate) => candidate.id === commandId);
    const current = existing[index];
    if (current === undefined) return undefined;
    const violations = commandViolations('edit', body, stripIdentity(current));
    if (violations.length > 0) return this.#formError(violations);
    const merged = { ...stripIdentity(current), ...(body as JsonRecord) };
    const command = this.#materialize(scope, merged, existing);
    existing[index] = command;
    this.#byScope.set(scopeKey(scope), existing);
    return { ok: true, value: command };
  }

  delete(scope: CommandScope, commandId: string): boolean {
    const existing = this.list(scope);
    const remaining = existing.filter((command) => command.id !== commandId);
    this.#byScope.set(scopeKey(scope), remaining);
    return remaining.length !== existing.length;
  }

  #materialize(
    scope: CommandScope,
    body: JsonRecord,
    existing: readonly StoredCommand[],
  ): StoredCommand {
    const content = normalizeContent(body, scope);
    const previous = existing.find(
      (command) => command.name === content.name && command.type === content.type,
    );
    const unchanged = previous !== undefined && sameContent(stripIdentity(previous), content);
    return {
      id: previous?.id ?? this.#ids.next(),
      application_id: this.#applicationId,
      version: unchanged ? previous.version : this.#ids.next(),
      ...content,
    } as StoredCommand;
  }

  #formError(violations: readonly LimitViolation[]): { ok: false; failure: ApiFailure } {
    return { ok: false, failure: invalidFormBody(toDiscordErrorTree(violations)) };
  }
}
