import {
  ApplicationCommandType,
  InteractionResponseType,
  InteractionType,
  MessageFlags,
  MessageType,
  type APIInteraction,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIUser,
} from 'discord-api-types/v10';
import {
  alreadyAcknowledged,
  emptyMessage,
  invalidFormBody,
  invalidWebhookToken,
  unknownInteraction,
  unknownMessage,
  unknownWebhook,
  type ApiFailure,
} from './discord-errors.js';
import { toDiscordErrorTree } from './discord-limits.js';
import { flagBits, isEnumValue } from './discord-enums.js';
import type { InteractionLedger, InteractionRecord } from './interaction-ledger.js';
import type { MessageContent } from './message-from-response.js';
import type { MessageStore } from './message-store.js';
import { callbackViolations, messageViolations } from './request-validation.js';
import {
  fail,
  json,
  noContent,
  param,
  type RestRequest,
  type RestResponse,
  type RestRoute,
} from './rest-route.js';

/**
 * The interaction callback and the interaction webhook (`@original`, followups). Both
 * authenticate by the interaction token in the URL, never by the bot token, as on Discord.
 */
export interface InteractionRouteContext {
  readonly applicationId: string;
  readonly bot: APIUser;
  readonly ledger: InteractionLedger;
  readonly messages: MessageStore;
  /** Discord's 3 s window for the initial response. */
  readonly interactionDeadlineMs: () => number;
  /** Discord's 15 min validity of the interaction token for webhook calls. */
  readonly interactionTokenLifetimeMs: number;
}

/** POST /interactions/{id}/{token}/callback, after `/api/v10`. */
export const CALLBACK_PATH = /^\/interactions\/(\d+)\/([^/]+)\/callback$/;

type JsonRecord = Record<string, unknown>;

function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Which callback types Discord accepts for which interaction type. */
const ALLOWED_CALLBACKS: Readonly<Record<number, readonly InteractionResponseType[]>> = {
  [InteractionType.Ping]: [InteractionResponseType.Pong],
  [InteractionType.ApplicationCommand]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.Modal,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.MessageComponent]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
    InteractionResponseType.Modal,
    InteractionResponseType.LaunchActivity,
  ],
  [InteractionType.ApplicationCommandAutocomplete]: [
    InteractionResponseType.ApplicationCommandAutocompleteResult,
  ],
  [InteractionType.ModalSubmit]: [
    InteractionResponseType.ChannelMessageWithSource,
    InteractionResponseType.DeferredChannelMessageWithSource,
    InteractionResponseType.DeferredMessageUpdate,
    InteractionResponseType.UpdateMessage,
  ],
};

function isEmptyMessage(data: JsonRecord): boolean {
  const hasContent = typeof data.content === 'string' && data.content.length > 0;
  const hasArray = (key: string): boolean =>
    Array.isArray(data[key]) && (data[key] as unknown[]).length > 0;
  return (
    !hasContent &&
    !hasArray('embeds') &&
    !hasArray('components') &&
    !hasArray('attachments') &&
    data.poll === undefined
  );
}

function invokingUser(payload: APIInteraction): APIUser {
  const user = payload.member?.user ?? payload.user;
  if (user === undefined) throw new Error(`Interaction ${payload.id} has no user`);
  return user;
}

function interactionMetadata(payload: APIInteraction): APIMessageInteractionMetadata {
  const metadata: JsonRecord = {
    id: payload.id,
    type: payload.type,
    user: invokingUser(payload),
    authorizing_integration_owners: payload.authorizing_integration_owners,
  };
  if (payload.type === InteractionType.ApplicationCommand) {
    metadata.name = payload.data.name;
    metadata.command_type = payload.data.type;
  }
  if (payload.type === InteractionType.MessageComponent)
    metadata.interacted_message_id = payload.message.id;
  return metadata as unknown as APIMessageInteractionMetadata;
}

function responseMessageType(payload: APIInteraction): MessageType {
  if (payload.type !== InteractionType.ApplicationCommand) return MessageType.Default;
  return payload.data.type === ApplicationCommandType.ChatInput
    ? MessageType.ChatInputCommand
    : MessageType.ContextMenuCommand;
}

export function interactionRoutes(context: InteractionRouteContext): RestRoute[] {
  const { ledger, messages } = context;

  function createResponseMessage(
    record: InteractionRecord,
    body: MessageContent,
    extraFlags: number,
  ): APIMessage {
    const payload = record.payload;
    const channelId = payload.channel?.id;
    if (channelId === undefined) throw new Error(`Interaction ${payload.id} has no channel`);
    return messages.create({
      channelId,
      guildId: payload.guild_id ?? null,
      author: context.bot,
      type: responseMessageType(payload),
      body,
      webhookId: context.applicationId,
      applicationId: context.applicationId,
      interactionMetadata: interactionMetadata(payload),
      extraFlags,
    });
  }

  function callback(request: RestRequest): RestResponse {
    const record = ledger.get(param(request, 0));
    const now = Date.now();
    if (record === undefined || record.token !== param(request, 1) || record.deliveredAt === null) {
      return fail(unknownInteraction());
    }
    const latencyMs = now - record.deliveredAt;
    const body = isRecord(request.body) ? request.body : {};
    const callbackType = isEnumValue(InteractionResponseType, body.type) ? body.type : null;
    const attempt = (status: number, errorCode: number | null): void => {
      ledger.recordAttempt(
        record.id,
        { at: now, callbackType, body: request.body, status, errorCode, latencyMs },
        errorCode === null,
      );
    };
    const reject = (failure: ApiFailure): RestResponse => {
      attempt(failure.status, failure.body.code);
      return fail(failure);
    };

    if (record.accepted !== null) return reject(alreadyAcknowledged());
    if (latencyMs > context.interactionDeadlineMs()) return reject(unknownInteraction());

    const allowed = ALLOWED_CALLBACKS[record.type] ?? [];
    if (callbackType === null || !allowed.includes(callbackType)) {
      return reject(
        invalidFormBody(
          toDiscordErrorTree([
            {
              path: ['type'],
              code: 'BASE_TYPE_CHOICES',
              message: `Value must be one of {${allowed.join(', ')}}.`,
            },
          ]),
        ),
      );
    }
    const violations = callbackViolations(body);
    if (violations.length > 0) return reject(invalidFormBody(toDiscordErrorTree(violations)));
    const data = isRecord(body.data) ? body.data : {};
    if (callbackType === InteractionResponseType.ChannelMessageWithSource && isEmptyMessage(data)) {
      return reject(emptyMessage());
    }

    attempt(request.query.get('with_response') === 'true' ? 200 : 204, null);
    const message = applyCallback(record, callbackType, data);
    if (request.query.get('with_response') !== 'true') return noContent();
    const interaction: JsonRecord = { id: record.id, type: record.type };
    const resource: JsonRecord = { type: callbackType };
    if (message !== undefined) {
      interaction.response_message_id = message.id;
      interaction.response_message_loading = ((message.flags ?? 0) & MessageFlags.Loading) !== 0;
      interaction.response_message_ephemeral =
        ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
      resource.message = message;
    }
    return json(200, { interaction, resource });
  }

  /** Creates or updates the message the callback produces and links it as `@original`. */
  function applyCallback(
    record: InteractionRecord,
    callbackType: InteractionResponseType,
    data: JsonRecord,
  ): APIMessage | undefined {
    const clickedMessage =
      record.payload.type === InteractionType.MessageComponent ? record.payload.message : undefined;
    switch (callbackType) {
      case InteractionResponseType.ChannelMessageWithSource: {
        const message = createResponseMessage(record, data, 0);
        ledger.setOriginalMessage(record.id, message.id);
        return message;
      }
      case InteractionResponseType.DeferredChannelMessageWithSource: {
        const flags = typeof data.flags === 'number' ? data.flags & MessageFlags.Ephemeral : 0;
        const message = createResponseMessage(
          record,
          { flags: flagBits<MessageFlags>(flags) },
          MessageFlags.Loading,
        );
        ledger.setOriginalMessage(record.id, message.id);
        return message;
      }
      case InteractionResponseType.DeferredMessageUpdate:
      case InteractionResponseType.UpdateMessage: {
        if (clickedMessage === undefined) return undefined;
        const stored = messages.get(clickedMessage.id);
        ledger.setOriginalMessage(record.id, clickedMessage.id);
        if (callbackType === InteractionResponseType.UpdateMessage && stored !== undefined) {
          return messages.edit(clickedMessage.id, data);
        }
        return stored ?? clickedMessage;
      }
      default:
        return undefined;
    }
  }

  /** Resolves the interaction behind a webhook URL, applying Discord's token rules. */
  function webhookInteraction(request: RestRequest): InteractionRecord | ApiFailure {
    if (param(request, 0) !== context.applicationId) return unknownWebhook();
    const record = ledger.byToken(param(request, 1));
    if (record === undefined) return invalidWebhookToken();
    if (Date.now() - record.createdAt > context.interactionTokenLifetimeMs)
      return invalidWebhookToken();
    // The webhook only exists once the interaction has been acknowledged.
    if (record.accepted === null) return unknownWebhook();
    return record;
  }

  function resolveMessageId(record: InteractionRecord, raw: string): string | undefined {
    if (raw === '@original') return record.originalMessageId ?? undefined;
    return raw === record.originalMessageId || record.followupMessageIds.includes(raw)
      ? raw
      : undefined;
  }

  function withMessage(
    run: (record: InteractionRecord, messageId: string, request: RestRequest) => RestResponse,
  ) {
    return (request: RestRequest): RestResponse => {
      const record = webhookInteraction(request);
      if ('status' in record) return fail(record);
      const messageId = resolveMessageId(record, param(request, 2));
      if (messageId === undefined || messages.get(messageId) === undefined)
        return fail(unknownMessage());
      return run(record, messageId, request);
    };
  }

  const messagePath = /^\/webhooks\/(\d+)\/([^/]+)\/messages\/(@original|\d+)$/;
  return [
    {
      method: 'POST',
      pattern: CALLBACK_PATH,
      auth: 'none',
      handle: callback,
    },
    {
      method: 'GET',
      pattern: messagePath,
      auth: 'none',
      handle: withMessage((_record, messageId) => json(200, messages.get(messageId))),
    },
    {
      method: 'PATCH',
      pattern: messagePath,
      auth: 'none',
      handle: withMessage((record, messageId, request) => {
        const violations = messageViolations('edit', request.body);
        if (violations.length > 0) return fail(invalidFormBody(toDiscordErrorTree(violations)));
        const body = isRecord(request.body) ? request.body : {};
        const edited = messages.edit(messageId, body);
        if (messageId === record.originalMessageId) {
          ledger.recordEdit(record.id, { at: Date.now(), messageId, body: request.body });
        }
        return json(200, edited);
      }),
    },
    {
      method: 'DELETE',
      pattern: messagePath,
      auth: 'none',
      handle: withMessage((_record, messageId) => {
        messages.delete(messageId);
        return noContent();
      }),
    },
    {
      method: 'POST',
      pattern: /^\/webhooks\/(\d+)\/([^/]+)$/,
      auth: 'none',
      handle: (request) => {
        const record = webhookInteraction(request);
        if ('status' in record) return fail(record);
        const body = isRecord(request.body) ? request.body : {};
        const violations = messageViolations('follow-up', request.body);
        if (violations.length > 0) return fail(invalidFormBody(toDiscordErrorTree(violations)));
        if (isEmptyMessage(body)) return fail(emptyMessage());
        const message = createResponseMessage(record, body, 0);
        ledger.recordFollowup(record.id, message.id);
        // Webhook execution returns the message only with ?wait=true (discord.js always sets it).
        return request.query.get('wait') === 'true' ? json(200, message) : noContent();
      },
    },
  ];
}
