import {
  InteractionResponseType,
  MessageFlags,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
  type APIInteractionResponseCallbackData,
  type APIInteractionResponseChannelMessageWithSource,
  type APIInteractionResponseUpdateMessage,
} from 'discord-api-types/v10';

/** Nobody is ever pinged by this bot, whatever text ends up in a reply. */
const NO_MENTIONS = { parse: [] };

export function reply(
  data: APIInteractionResponseCallbackData,
  options: { readonly ephemeral: boolean },
): APIInteractionResponseChannelMessageWithSource {
  return {
    type: InteractionResponseType.ChannelMessageWithSource,
    data: {
      ...data,
      allowed_mentions: NO_MENTIONS,
      ...(options.ephemeral ? { flags: MessageFlags.Ephemeral } : {}),
    },
  };
}

/** Replaces the message a button or menu sits on; content is cleared unless given. */
export function update(
  data: APIInteractionResponseCallbackData,
): APIInteractionResponseUpdateMessage {
  return {
    type: InteractionResponseType.UpdateMessage,
    data: { content: '', embeds: [], components: [], ...data, allowed_mentions: NO_MENTIONS },
  };
}

/** A short private answer: for mistakes, misses and anything only the asker needs to see. */
export function notice(
  content: string,
  components: readonly APIActionRowComponent<APIComponentInMessageActionRow>[] = [],
): APIInteractionResponseChannelMessageWithSource {
  return reply({ content, components: [...components] }, { ephemeral: true });
}

/** For a button or menu this bot no longer understands (an old layout, or a crafted id). */
export function staleControlNotice(command: string) {
  return notice(`That control is out of date. Run \`/${command}\` again for a fresh one.`);
}
