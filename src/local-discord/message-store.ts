import type { APIMessage } from 'discord-api-types/v10';
import {
  editedMessage,
  messageFromResponse,
  type MessageContent,
  type MessageOrigin,
} from './message-from-response.js';
import type { SnowflakeGenerator } from './snowflake.js';

/**
 * Messages the bot produced (interaction responses, followups, channel messages). Kept so that a
 * later button click can carry the real message it was clicked on, and so tests can read what
 * the bot actually showed.
 */
export type NewMessage = Omit<MessageOrigin, 'id' | 'timestamp'> & {
  readonly body: MessageContent;
};

export class MessageStore {
  readonly #messages = new Map<string, APIMessage>();
  readonly #byChannel = new Map<string, string[]>();
  readonly #ids: SnowflakeGenerator;

  constructor(ids: SnowflakeGenerator) {
    this.#ids = ids;
  }

  create({ body, ...origin }: NewMessage): APIMessage {
    const id = this.#ids.next();
    const message = messageFromResponse(body, { ...origin, id });
    this.#messages.set(id, message);
    const channelMessages = this.#byChannel.get(origin.channelId) ?? [];
    channelMessages.push(id);
    this.#byChannel.set(origin.channelId, channelMessages);
    return message;
  }

  /** Applies a PATCH the way Discord does: only the fields present in the body change. */
  edit(id: string, body: MessageContent): APIMessage | undefined {
    const message = this.#messages.get(id);
    if (message === undefined) return undefined;
    const edited = editedMessage(message, body);
    this.#messages.set(id, edited);
    return edited;
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
