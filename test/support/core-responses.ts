import {
  ComponentType,
  InteractionResponseType,
  MessageType,
  type APIActionRowComponent,
  type APIButtonComponentWithCustomId,
  type APIComponentInMessageActionRow,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type APIMessage,
  type APIStringSelectComponent,
} from 'discord-api-types/v10';

/** The message part of a reply or update; fails the test for any other response type. */
export function messageData(response: APIInteractionResponse): APIInteractionResponseCallbackData {
  if (
    response.type !== InteractionResponseType.ChannelMessageWithSource &&
    response.type !== InteractionResponseType.UpdateMessage
  ) {
    throw new Error(`expected a message response, got type ${response.type}`);
  }
  if (!response.data) throw new Error('expected the response to carry message data');
  return response.data;
}

function rows(
  data: APIInteractionResponseCallbackData,
): APIActionRowComponent<APIComponentInMessageActionRow>[] {
  return (data.components ?? []).filter(
    (row): row is APIActionRowComponent<APIComponentInMessageActionRow> =>
      row.type === ComponentType.ActionRow,
  );
}

export function buttons(
  data: APIInteractionResponseCallbackData,
): APIButtonComponentWithCustomId[] {
  return rows(data)
    .flatMap((row) => row.components)
    .filter(
      (component): component is APIButtonComponentWithCustomId =>
        component.type === ComponentType.Button && 'custom_id' in component,
    );
}

export function selectMenu(data: APIInteractionResponseCallbackData): APIStringSelectComponent {
  const menu = rows(data)
    .flatMap((row) => row.components)
    .find(
      (component): component is APIStringSelectComponent =>
        component.type === ComponentType.StringSelect,
    );
  if (!menu) throw new Error('expected a select menu');
  return menu;
}

export function button(
  data: APIInteractionResponseCallbackData,
  label: string,
): APIButtonComponentWithCustomId {
  const found = buttons(data).find((candidate) => candidate.label === label);
  if (!found)
    throw new Error(
      `no button labelled ${label}; have ${buttons(data)
        .map((b) => b.label)
        .join(', ')}`,
    );
  return found;
}

/** The message a member would see, for building component interactions on it. */
export function asMessage(data: APIInteractionResponseCallbackData): APIMessage {
  return {
    id: '700000000000000007',
    channel_id: '300000000000000003',
    author: {
      id: '400000000000000004',
      username: 'montage-bot',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    },
    content: data.content ?? '',
    timestamp: '2026-11-24T00:00:00.000Z',
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: data.embeds ?? [],
    pinned: false,
    type: MessageType.Default,
    components: rows(data),
  };
}
