import { InteractionResponseType } from 'discord-api-types/v10';
import {
  ApplicationCommandAutocompleteCallbackRequestSchema,
  ApplicationCommandCreateRequestSchema,
  ApplicationCommandPatchRequestPartialSchema,
  ApplicationCommandUpdateRequestSchema,
  CreateMessageInteractionCallbackRequestSchema,
  IncomingWebhookRequestPartialSchema,
  IncomingWebhookUpdateRequestPartialSchema,
  LaunchActivityInteractionCallbackRequestSchema,
  MessageCreateRequestSchema,
  ModalInteractionCallbackRequestSchema,
  PongInteractionCallbackRequestSchema,
  UpdateMessageInteractionCallbackRequestSchema,
} from 'discord-api-spec/zod';
import * as z from 'zod/mini';
import type { $ZodIssue } from 'zod/v4/core';
import { isEnumValue } from './discord-enums.js';
import {
  autocompleteRules,
  commandRules,
  messageRules,
  type LimitViolation,
  type PayloadPath,
} from './discord-limits.js';

/**
 * Every body the bot sends is checked first against the request schema of Discord's own OpenAPI
 * spec (discord-api-spec), then against the few rules the spec does not state (discord-limits.ts).
 * Pure: the contract tests run the core's replies through these same functions without a server.
 */
const CALLBACK_SCHEMAS: Readonly<Partial<Record<InteractionResponseType, z.ZodMiniType>>> = {
  [InteractionResponseType.Pong]: PongInteractionCallbackRequestSchema,
  [InteractionResponseType.ChannelMessageWithSource]: CreateMessageInteractionCallbackRequestSchema,
  [InteractionResponseType.DeferredChannelMessageWithSource]:
    CreateMessageInteractionCallbackRequestSchema,
  [InteractionResponseType.DeferredMessageUpdate]: UpdateMessageInteractionCallbackRequestSchema,
  [InteractionResponseType.UpdateMessage]: UpdateMessageInteractionCallbackRequestSchema,
  [InteractionResponseType.ApplicationCommandAutocompleteResult]:
    ApplicationCommandAutocompleteCallbackRequestSchema,
  [InteractionResponseType.Modal]: ModalInteractionCallbackRequestSchema,
  [InteractionResponseType.LaunchActivity]: LaunchActivityInteractionCallbackRequestSchema,
};

const MESSAGE_SCHEMAS = {
  /** POST /webhooks/{application}/{token}: a follow-up. */
  'follow-up': IncomingWebhookRequestPartialSchema,
  /** PATCH /webhooks/{application}/{token}/messages/{id}: an edit of the reply or a follow-up. */
  edit: IncomingWebhookUpdateRequestPartialSchema,
  /** POST /channels/{id}/messages. */
  'channel-message': MessageCreateRequestSchema,
} as const;

const COMMAND_SCHEMAS = {
  create: ApplicationCommandCreateRequestSchema,
  edit: ApplicationCommandPatchRequestPartialSchema,
  overwrite: z.nullable(z.array(ApplicationCommandUpdateRequestSchema)),
} as const;

type JsonRecord = Readonly<Record<string, unknown>>;
const isRecord = (value: unknown): value is JsonRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** An interaction callback: `{ type, data }` as POSTed to /interactions/{id}/{token}/callback. */
export function callbackViolations(body: unknown): LimitViolation[] {
  const type = isRecord(body) ? body.type : undefined;
  const schema = isEnumValue(InteractionResponseType, type) ? CALLBACK_SCHEMAS[type] : undefined;
  if (schema === undefined) {
    return [
      {
        path: ['type'],
        code: 'BASE_TYPE_CHOICES',
        message: `Value must be one of {${Object.keys(CALLBACK_SCHEMAS).join(', ')}}.`,
      },
    ];
  }
  const specViolations = schemaViolations(schema, body);
  if (specViolations.length > 0 || !isRecord(body)) return specViolations;
  const prefix = (violation: LimitViolation) => ({
    ...violation,
    path: ['data', ...violation.path],
  });
  if (
    type === InteractionResponseType.ChannelMessageWithSource ||
    type === InteractionResponseType.UpdateMessage
  ) {
    return messageRules(body.data).map(prefix);
  }
  if (type === InteractionResponseType.ApplicationCommandAutocompleteResult) {
    return autocompleteRules(body.data).map(prefix);
  }
  return [];
}

export function messageViolations(
  route: keyof typeof MESSAGE_SCHEMAS,
  body: unknown,
): LimitViolation[] {
  const specViolations = schemaViolations(MESSAGE_SCHEMAS[route], body);
  return specViolations.length > 0 ? specViolations : messageRules(body);
}

/**
 * POST takes one command, PUT (bulk overwrite) a list; PATCH takes the changed fields, so the
 * rules beyond the spec judge the command as it will be stored (`current` with the changes).
 */
export function commandViolations(
  route: keyof typeof COMMAND_SCHEMAS,
  body: unknown,
  current: JsonRecord = {},
): LimitViolation[] {
  const specViolations = schemaViolations(COMMAND_SCHEMAS[route], body);
  if (specViolations.length > 0) return specViolations;
  if (route === 'edit') return commandRules({ ...current, ...(body as JsonRecord) }, []);
  if (route === 'create') return commandRules(body, []);
  return Array.isArray(body)
    ? body.flatMap((command, index) => commandRules(command, [index]))
    : [];
}

function schemaViolations(schema: z.ZodMiniType, body: unknown): LimitViolation[] {
  const result = z.safeParse(schema, countingCodePoints(body), { reportInput: true });
  return result.success ? [] : result.error.issues.flatMap((issue) => toViolations(issue, []));
}

/**
 * Discord measures text in code points (an emoji is one character); zod's length checks count
 * UTF-16 units and would reject 2,000 emoji that Discord accepts. So the schemas see each astral
 * character as one BMP character; only the lengths they check change.
 */
function countingCodePoints(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/[\u{10000}-\u{10FFFF}]/gu, '\uFFFD');
  if (Array.isArray(value)) return value.map(countingCodePoints);
  if (!isRecord(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, entry]) => [key, countingCodePoints(entry)]),
  );
}

/** A zod issue in Discord's words (codes and messages as Discord's 50035 errors carry them). */
function toViolations(issue: $ZodIssue, base: PayloadPath): LimitViolation[] {
  const path = [
    ...base,
    ...issue.path.map((segment) => (typeof segment === 'symbol' ? String(segment) : segment)),
  ];
  switch (issue.code) {
    case 'invalid_union': {
      // Like Discord, pick the variant whose `type` matched and report what is wrong inside it.
      const variant = closestVariant(issue.errors);
      if (variant === undefined) {
        return [
          {
            path,
            code: 'UNION_TYPE_CHOICES',
            message: 'Value of field "type" must be one of the allowed types.',
          },
        ];
      }
      return variant.flatMap((inner) => toViolations(inner, path));
    }
    case 'too_big':
      return [boundViolation(path, issue.origin, issue.maximum, 'MAX')];
    case 'too_small':
      return [boundViolation(path, issue.origin, issue.minimum, 'MIN')];
    case 'invalid_type':
      return [typeViolation(path, issue.expected, issue.input)];
    case 'invalid_value':
      return [
        {
          path,
          code: 'BASE_TYPE_CHOICES',
          message: `Value must be one of {${issue.values.map(String).join(', ')}}.`,
        },
      ];
    default:
      return [{ path, code: 'BASE_TYPE_INVALID', message: issue.message }];
  }
}

function boundViolation(
  path: PayloadPath,
  origin: string,
  bound: number | bigint,
  side: 'MAX' | 'MIN',
): LimitViolation {
  const [more, greater] = side === 'MAX' ? ['fewer', 'less'] : ['more', 'greater'];
  return origin === 'string' || origin === 'array'
    ? { path, code: `BASE_TYPE_${side}_LENGTH`, message: `Must be ${bound} or ${more} in length.` }
    : {
        path,
        code: `NUMBER_TYPE_${side}`,
        message: `int value should be ${greater} than or equal to ${bound}.`,
      };
}

function typeViolation(path: PayloadPath, expected: string, input: unknown): LimitViolation {
  if (input === undefined)
    return { path, code: 'BASE_TYPE_REQUIRED', message: 'This field is required' };
  if (expected === 'array')
    return { path, code: 'LIST_TYPE_CONVERT', message: 'Only iterables may be used in a ListType' };
  if (expected === 'object')
    return {
      path,
      code: 'DICT_TYPE_CONVERT',
      message: 'Only dictionaries may be used in a DictType',
    };
  return { path, code: 'BASE_TYPE_BAD_TYPE', message: `Must be of type ${expected}.` };
}

/** The union variant that failed least, among those that did not fail on their kind itself. */
function closestVariant(
  variants: readonly (readonly $ZodIssue[])[],
): readonly $ZodIssue[] | undefined {
  const sameKind = variants.filter(
    (issues) =>
      !issues.some(
        (issue) =>
          issue.path.length === 0 ||
          (issue.code === 'invalid_value' && issue.path.length === 1 && issue.path[0] === 'type'),
      ),
  );
  return sameKind.reduce<readonly $ZodIssue[] | undefined>(
    (best, issues) => (best === undefined || issues.length < best.length ? issues : best),
    undefined,
  );
}
