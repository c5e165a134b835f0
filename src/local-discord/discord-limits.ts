import type { DiscordErrorTree, DiscordFieldError } from './discord-errors.js';

/**
 * Discord's documented size limits for message and autocomplete payloads. Pure functions only:
 * other contract tests reuse `validateMessagePayload` / `validateAutocompletePayload` without a
 * server, so nothing here may touch I/O or shared state.
 */
export const DISCORD_LIMITS = {
  contentLength: 2000,
  embedsPerMessage: 10,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFooterText: 2048,
  embedAuthorName: 256,
  embedTotalCharacters: 6000,
  actionRowsPerMessage: 5,
  componentsPerActionRow: 5,
  customIdLength: 100,
  buttonLabel: 80,
  selectOptions: 25,
  autocompleteChoices: 25,
  choiceNameLength: 100,
  choiceStringValueLength: 100,
} as const;

export type PayloadPath = readonly (string | number)[];

export interface LimitViolation {
  /** Where in the payload, e.g. `['embeds', 0, 'title']`; empty for the payload itself. */
  readonly path: PayloadPath;
  readonly code: string;
  readonly message: string;
}

type JsonRecord = Readonly<Record<string, unknown>>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? (value as unknown[]) : [];
}

// Counted in code points, so an emoji is one character, as Discord measures these limits.
function charLength(value: string): number {
  return Array.from(value).length;
}

function stringAt(record: JsonRecord | undefined, key: string): string | undefined {
  const value = record?.[key];
  return typeof value === 'string' ? value : undefined;
}

const maxLength = (path: PayloadPath, max: number): LimitViolation => ({
  path,
  code: 'BASE_TYPE_MAX_LENGTH',
  message: `Must be ${max} or fewer in length.`,
});

const badLength = (path: PayloadPath, min: number, max: number): LimitViolation => ({
  path,
  code: 'BASE_TYPE_BAD_LENGTH',
  message: `Must be between ${min} and ${max} in length.`,
});

function checkString(
  out: LimitViolation[],
  record: JsonRecord | undefined,
  key: string,
  path: PayloadPath,
  max: number,
): number {
  const value = stringAt(record, key);
  if (value === undefined) return 0;
  const length = charLength(value);
  if (length > max) out.push(maxLength([...path, key], max));
  return length;
}

function validateEmbed(out: LimitViolation[], embed: unknown, path: PayloadPath): number {
  if (!isRecord(embed)) return 0;
  let total = 0;
  total += checkString(out, embed, 'title', path, DISCORD_LIMITS.embedTitle);
  total += checkString(out, embed, 'description', path, DISCORD_LIMITS.embedDescription);
  const footer = isRecord(embed.footer) ? embed.footer : undefined;
  total += checkString(out, footer, 'text', [...path, 'footer'], DISCORD_LIMITS.embedFooterText);
  const author = isRecord(embed.author) ? embed.author : undefined;
  total += checkString(out, author, 'name', [...path, 'author'], DISCORD_LIMITS.embedAuthorName);
  const fields = asArray(embed.fields);
  if (fields.length > DISCORD_LIMITS.embedFields) {
    out.push(maxLength([...path, 'fields'], DISCORD_LIMITS.embedFields));
  }
  fields.forEach((field, index) => {
    if (!isRecord(field)) return;
    const fieldPath = [...path, 'fields', index];
    total += checkString(out, field, 'name', fieldPath, DISCORD_LIMITS.embedFieldName);
    total += checkString(out, field, 'value', fieldPath, DISCORD_LIMITS.embedFieldValue);
  });
  return total;
}

function validateComponent(out: LimitViolation[], component: unknown, path: PayloadPath): void {
  if (!isRecord(component)) return;
  checkString(out, component, 'custom_id', path, DISCORD_LIMITS.customIdLength);
  checkString(out, component, 'label', path, DISCORD_LIMITS.buttonLabel);
  const options = asArray(component.options);
  if (options.length > DISCORD_LIMITS.selectOptions) {
    out.push(maxLength([...path, 'options'], DISCORD_LIMITS.selectOptions));
  }
}

/** Action rows (type 1) are the only top-level layout checked; Components V2 layouts are not. */
function validateComponents(out: LimitViolation[], components: readonly unknown[]): void {
  if (components.length > DISCORD_LIMITS.actionRowsPerMessage) {
    out.push(maxLength(['components'], DISCORD_LIMITS.actionRowsPerMessage));
  }
  components.forEach((row, rowIndex) => {
    if (!isRecord(row) || row.type !== 1) return;
    const children = asArray(row.components);
    const rowPath = ['components', rowIndex, 'components'];
    if (children.length === 0 || children.length > DISCORD_LIMITS.componentsPerActionRow) {
      out.push(badLength(rowPath, 1, DISCORD_LIMITS.componentsPerActionRow));
    }
    children.forEach((child, childIndex) => {
      validateComponent(out, child, [...rowPath, childIndex]);
    });
  });
}

/**
 * Checks a message-shaped payload (interaction response data, webhook execute/edit body, channel
 * message create) against Discord's limits. Returns every violation, in payload order; an empty
 * list means Discord would accept the sizes. Unknown or malformed fields are ignored here.
 */
export function validateMessagePayload(payload: unknown): LimitViolation[] {
  const out: LimitViolation[] = [];
  if (!isRecord(payload)) return out;
  checkString(out, payload, 'content', [], DISCORD_LIMITS.contentLength);
  const embeds = asArray(payload.embeds);
  if (embeds.length > DISCORD_LIMITS.embedsPerMessage) {
    out.push(maxLength(['embeds'], DISCORD_LIMITS.embedsPerMessage));
  }
  let totalEmbedCharacters = 0;
  embeds.forEach((embed, index) => {
    totalEmbedCharacters += validateEmbed(out, embed, ['embeds', index]);
  });
  // The 6000-character budget is shared by all embeds of one message, not per embed.
  if (totalEmbedCharacters > DISCORD_LIMITS.embedTotalCharacters) {
    out.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: `Embed size exceeds maximum size of ${DISCORD_LIMITS.embedTotalCharacters}`,
    });
  }
  validateComponents(out, asArray(payload.components));
  return out;
}

/** Checks the `data` of an APPLICATION_COMMAND_AUTOCOMPLETE_RESULT (type 8) callback. */
export function validateAutocompletePayload(payload: unknown): LimitViolation[] {
  const out: LimitViolation[] = [];
  if (!isRecord(payload)) return out;
  const choices = asArray(payload.choices);
  if (choices.length > DISCORD_LIMITS.autocompleteChoices) {
    out.push(maxLength(['choices'], DISCORD_LIMITS.autocompleteChoices));
  }
  choices.forEach((choice, index) => {
    if (!isRecord(choice)) return;
    const name = stringAt(choice, 'name');
    if (name !== undefined) {
      const length = charLength(name);
      if (length < 1 || length > DISCORD_LIMITS.choiceNameLength) {
        out.push(badLength(['choices', index, 'name'], 1, DISCORD_LIMITS.choiceNameLength));
      }
    }
    checkString(out, choice, 'value', ['choices', index], DISCORD_LIMITS.choiceStringValueLength);
  });
  return out;
}

/**
 * Folds violations into Discord's nested `errors` object (`{ embeds: { 0: { title: { _errors } } } }`).
 * `prefix` re-roots the tree, e.g. `['data']` for an interaction callback body.
 */
export function toDiscordErrorTree(
  violations: readonly LimitViolation[],
  prefix: PayloadPath = [],
): DiscordErrorTree {
  const root: DiscordErrorTree = {};
  for (const violation of violations) {
    let node = root;
    for (const segment of [...prefix, ...violation.path]) {
      const key = String(segment);
      const existing = node[key];
      if (existing === undefined || Array.isArray(existing)) {
        const child: DiscordErrorTree = {};
        node[key] = child;
        node = child;
      } else {
        node = existing;
      }
    }
    const entry: DiscordFieldError = { code: violation.code, message: violation.message };
    node._errors = [...(node._errors ?? []), entry];
  }
  return root;
}
