import { ApplicationCommandType, ButtonStyle, ComponentType } from 'discord-api-types/v10';
import type { DiscordErrorTree, DiscordFieldError } from './discord-errors.js';

/**
 * Discord's rules that its OpenAPI spec does not state, checked after the spec's own schemas
 * (request-validation.ts). Pure functions: the contract tests reuse them without a server.
 */
export const DISCORD_LIMITS = {
  /** Shared by all embeds of one message; the spec only limits each field. */
  embedTotalCharacters: 6000,
  /** For messages without the Components V2 flag; the spec only says 40 components in all. */
  actionRowsPerMessage: 5,
  /** Discord documents 100 for a string choice's value; the spec says 6000. */
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
function charLength(value: unknown): number {
  return typeof value === 'string' ? Array.from(value).length : 0;
}

const field = (record: unknown, key: string): unknown =>
  isRecord(record) ? record[key] : undefined;

function embedCharacters(embed: unknown): number {
  return (
    charLength(field(embed, 'title')) +
    charLength(field(embed, 'description')) +
    charLength(field(field(embed, 'footer'), 'text')) +
    charLength(field(field(embed, 'author'), 'name')) +
    asArray(field(embed, 'fields')).reduce<number>(
      (sum, entry) => sum + charLength(field(entry, 'name')) + charLength(field(entry, 'value')),
      0,
    )
  );
}

/** A message body (callback data, follow-up, edit, channel message) the spec already accepted. */
export function messageRules(payload: unknown): LimitViolation[] {
  const out: LimitViolation[] = [];
  const embeds = asArray(field(payload, 'embeds'));
  const total = embeds.reduce<number>((sum, embed) => sum + embedCharacters(embed), 0);
  if (total > DISCORD_LIMITS.embedTotalCharacters) {
    out.push({
      path: ['embeds'],
      code: 'MAX_EMBED_SIZE_EXCEEDED',
      message: `Embed size exceeds maximum size of ${DISCORD_LIMITS.embedTotalCharacters}`,
    });
  }
  const rows = asArray(field(payload, 'components')).filter((row) => field(row, 'type') === 1);
  if (rows.length > DISCORD_LIMITS.actionRowsPerMessage) {
    out.push({
      path: ['components'],
      code: 'BASE_TYPE_MAX_LENGTH',
      message: `Must be ${DISCORD_LIMITS.actionRowsPerMessage} or fewer in length.`,
    });
  }
  const buttons = asArray(field(payload, 'components')).flatMap((row, rowIndex) =>
    asArray(field(row, 'components')).flatMap((control, index) =>
      buttonRules(control, ['components', rowIndex, 'components', index]),
    ),
  );
  return [...out, ...buttons];
}

/**
 * The spec makes `custom_id` and `url` both optional; Discord requires exactly the one the style
 * needs. A link button opens its `url` and never reaches the bot, so it has no `custom_id`; every
 * other button (premium ones aside) is answered through its `custom_id` and has no `url`.
 */
function buttonRules(control: unknown, path: PayloadPath): LimitViolation[] {
  const style = field(control, 'style');
  if (field(control, 'type') !== ComponentType.Button || style === ButtonStyle.Premium) return [];
  const [needed, forbidden] =
    style === ButtonStyle.Link ? ['url', 'custom_id'] : ['custom_id', 'url'];
  const out: LimitViolation[] = [];
  if (field(control, needed) == null) {
    out.push({
      path: [...path, needed],
      code: 'BASE_TYPE_REQUIRED',
      message: 'This field is required',
    });
  }
  if (field(control, forbidden) != null) {
    out.push({
      path: [...path, forbidden],
      code: 'BASE_TYPE_INVALID',
      message: `A ${style === ButtonStyle.Link ? 'link' : 'non-link'} button cannot have a ${forbidden}.`,
    });
  }
  return out;
}

/** The `data` of an APPLICATION_COMMAND_AUTOCOMPLETE_RESULT (type 8) callback. */
export function autocompleteRules(data: unknown): LimitViolation[] {
  return asArray(field(data, 'choices')).flatMap((choice, index) => {
    const value = field(choice, 'value');
    return typeof value === 'string' && charLength(value) > DISCORD_LIMITS.choiceStringValueLength
      ? [
          {
            path: ['choices', index, 'value'],
            code: 'BASE_TYPE_MAX_LENGTH',
            message: `Must be ${DISCORD_LIMITS.choiceStringValueLength} or fewer in length.`,
          },
        ]
      : [];
  });
}

const CHAT_INPUT_NAME = /^[-_'\p{L}\p{N}\p{sc=Deva}\p{sc=Thai}]{1,32}$/u;

/** A command registration the spec accepted: slash command names and descriptions. */
export function commandRules(command: unknown, path: PayloadPath): LimitViolation[] {
  const type = field(command, 'type') ?? ApplicationCommandType.ChatInput;
  if (type !== ApplicationCommandType.ChatInput) return [];
  const out: LimitViolation[] = [];
  const name = field(command, 'name');
  if (typeof name === 'string' && (!CHAT_INPUT_NAME.test(name) || name !== name.toLowerCase())) {
    out.push({
      path: [...path, 'name'],
      code: 'APPLICATION_COMMAND_INVALID_NAME',
      message: 'Command name is invalid',
    });
  }
  // The spec allows no description, as user and message commands have none; slash commands need one.
  const length = charLength(field(command, 'description'));
  if (length < 1 || length > 100) {
    out.push({
      path: [...path, 'description'],
      code: 'BASE_TYPE_BAD_LENGTH',
      message: 'Must be between 1 and 100 in length.',
    });
  }
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
