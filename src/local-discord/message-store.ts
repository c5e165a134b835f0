import {
  MessageFlags,
  type MessageType,
  type APIEmbed,
  type APIMessage,
  type APIMessageInteractionMetadata,
  type APIMessageTopLevelComponent,
  type APIUser,
} from 'discord-api-types/v10';
import { flagBits } from './discord-enums.js';
import type { SnowflakeGenerator } from './snowflake.js';

/**
 * Messages the bot produced (interaction responses, followups, channel messages). Kept so that a
 * later button click can carry the real message it was clicked on, and so tests can read what
 * the bot actually showed.
 */
export interface MessageContent {
  readonly content?: unknown;
  readonly embeds?: unknown;
  readonly components?: unknown;
  readonly flags?: unknown;
}

export interface NewMessage {
  readonly channelId: string;
  readonly guildId: string | null;
  readonly author: APIUser;
  readonly type: MessageType;
  readonly body: MessageContent;
  readonly webhookId?: string;
  readonly applicationId?: string;
  readonly interactionMetadata?: APIMessageInteractionMetadata;
  readonly extraFlags?: number;
}

function toFlags(value: unknown): number {
  return typeof value === 'number' ? value : 0;
}

export class MessageStore {
  readonly #messages = new Map<string, APIMessage>();
  readonly #byChannel = new Map<string, string[]>();
  readonly #ids: SnowflakeGenerator;

  constructor(ids: SnowflakeGenerator) {
    this.#ids = ids;
  }

  create(input: NewMessage): APIMessage {
    const id = this.#ids.next();
    const message: APIMessage = {
      id,
      type: input.type,
      channel_id: input.channelId,
      author: input.author,
      content: typeof input.body.content === 'string' ? input.body.content : '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: Array.isArray(input.body.embeds) ? (input.body.embeds as APIEmbed[]) : [],
      pinned: false,
      // Only the flags a sender may set survive; Discord adds system flags (e.g. LOADING) itself.
      flags: flagBits<MessageFlags>(toFlags(input.body.flags) | (input.extraFlags ?? 0)),
      components: Array.isArray(input.body.components)
        ? (input.body.components as APIMessageTopLevelComponent[])
        : [],
    };
    if (input.guildId !== null) Object.assign(message, { guild_id: input.guildId });
    if (input.webhookId !== undefined) message.webhook_id = input.webhookId;
    if (input.applicationId !== undefined) message.application_id = input.applicationId;
    if (input.interactionMetadata !== undefined) {
      message.interaction_metadata = input.interactionMetadata;
    }
    this.#messages.set(id, message);
    const channelMessages = this.#byChannel.get(input.channelId) ?? [];
    channelMessages.push(id);
    this.#byChannel.set(input.channelId, channelMessages);
    return message;
  }

  /** Applies a PATCH the way Discord does: only the fields present in the body change. */
  edit(id: string, body: MessageContent): APIMessage | undefined {
    const message = this.#messages.get(id);
    if (message === undefined) return undefined;
    if (typeof body.content === 'string') message.content = body.content;
    if (body.content === null) message.content = '';
    if (Array.isArray(body.embeds)) message.embeds = body.embeds as APIEmbed[];
    if (Array.isArray(body.components)) {
      message.components = body.components as APIMessageTopLevelComponent[];
    }
    // An edit of a deferred ("thinking…") response resolves it.
    message.flags = flagBits<MessageFlags>((message.flags ?? 0) & ~MessageFlags.Loading);
    message.edited_timestamp = new Date().toISOString();
    return message;
  }

  delete(id: string): boolean {
    const message = this.#messages.get(id);
    if (message === undefined) return false;
    this.#messages.delete(id);
    const channelMessages = this.#byChannel.get(message.channel_id);
    if (channelMessages !== undefined) {
      this.#byChannel.set(
        message.channel_id,
        channelMessages.filter((candidate) => candidate !== id),
      );
    }
    return true;
  }

  get(id: string): APIMessage | undefined {
    return this.#messages.get(id);
  }

  inChannel(channelId: string): APIMessage[] {
    return (this.#byChannel.get(channelId) ?? []).flatMap((id) => {
      const message = this.#messages.get(id);
      return message === undefined ? [] : [message];
    });
  }

  /** The newest message in a channel that has components, i.e. the one a user would click. */
  latestWithComponents(channelId: string): APIMessage | undefined {
    return this.inChannel(channelId)
      .reverse()
      .find((message) => (message.components?.length ?? 0) > 0);
  }

  all(): APIMessage[] {
    return [...this.#messages.values()];
  }
}
