import {
  MessageFlags,
  MessageType,
  type APIInteractionResponseCallbackData,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIUser,
} from 'discord-api-types/v10';
import { flagBits } from './discord-enums.js';

/**
 * How Discord turns a reply (an interaction callback's data, a follow-up or an edit) into the
 * message members see. The one copy: the local Discord stores these, the console (which has no
 * Discord behind it) shows them, and tests and benchmarks click on them. It lives with the local
 * Discord because it models Discord's side, and it imports nothing but discord-api-types, so every
 * front door, test and benchmark may import it without a folder cycle.
 */
export type MessageContent = Pick<
  APIInteractionResponseCallbackData,
  'content' | 'embeds' | 'components' | 'flags'
>;

/** What Discord knows that the reply does not say: where, by whom, when. */
export interface MessageOrigin {
  readonly id: string;
  readonly channelId: string;
  readonly guildId?: string | null;
  readonly author: APIUser;
  /** Defaults to a slash command's reply. */
  readonly type?: MessageType;
  /** ISO time; defaults to now. */
  readonly timestamp?: string;
  readonly webhookId?: string;
  readonly applicationId?: string;
  readonly interactionMetadata?: APIMessageInteractionMetadata;
  /** Flags Discord adds itself, e.g. LOADING for a deferred reply. */
  readonly extraFlags?: number;
}

export function messageFromResponse(data: MessageContent, origin: MessageOrigin): APIMessage {
  const message: APIMessage = {
    id: origin.id,
    type: origin.type ?? MessageType.ChatInputCommand,
    channel_id: origin.channelId,
    author: origin.author,
    content: data.content ?? '',
    timestamp: origin.timestamp ?? new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: data.embeds ?? [],
    pinned: false,
    flags: flagBits<MessageFlags>((data.flags ?? 0) | (origin.extraFlags ?? 0)),
    components: data.components ?? [],
  };
  if (origin.guildId != null) Object.assign(message, { guild_id: origin.guildId });
  if (origin.webhookId !== undefined) message.webhook_id = origin.webhookId;
  if (origin.applicationId !== undefined) message.application_id = origin.applicationId;
  if (origin.interactionMetadata !== undefined) {
    message.interaction_metadata = origin.interactionMetadata;
  }
  return message;
}

/** An edit (PATCH, or an UPDATE_MESSAGE callback) the way Discord applies it: only the fields present change. */
export function editedMessage(message: APIMessage, edit: MessageContent): APIMessage {
  const edited: APIMessage = {
    ...message,
    // An edit of a deferred ("thinking…") response resolves it.
    flags: flagBits<MessageFlags>((message.flags ?? 0) & ~MessageFlags.Loading),
    edited_timestamp: new Date().toISOString(),
  };
  // `content: null` clears the text, as on Discord.
  if (edit.content !== undefined) edited.content = edit.content ?? '';
  if (edit.embeds) edited.embeds = edit.embeds;
  if (edit.components) edited.components = edit.components;
  return edited;
}
