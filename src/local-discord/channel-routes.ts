import { MessageType, type APIUser } from 'discord-api-types/v10';
import { invalidFormBody, unknownChannel, unknownMessage } from './discord-errors.js';
import { toDiscordErrorTree } from './discord-limits.js';
import { messageViolations } from './request-validation.js';
import type { FixtureGuild } from './fixtures.js';
import type { MessageStore } from './message-store.js';
import { fail, json, param, type RestRoute } from './rest-route.js';

/** Plain bot messages in guild text channels (outside interactions), e.g. a posted panel with buttons. */
export interface ChannelRouteContext {
  readonly bot: APIUser;
  readonly guilds: readonly FixtureGuild[];
  readonly messages: MessageStore;
}

export function channelRoutes(context: ChannelRouteContext): RestRoute[] {
  const guildOfChannel = new Map<string, string>();
  for (const guild of context.guilds) {
    for (const channel of guild.channels) guildOfChannel.set(channel.id, guild.id);
  }
  return [
    {
      method: 'POST',
      pattern: /^\/channels\/(\d+)\/messages$/,
      auth: 'bot',
      handle: (request) => {
        const channelId = param(request, 0);
        const guildId = guildOfChannel.get(channelId);
        if (guildId === undefined) return fail(unknownChannel());
        const violations = messageViolations('channel-message', request.body);
        if (violations.length > 0) return fail(invalidFormBody(toDiscordErrorTree(violations)));
        const body = typeof request.body === 'object' && request.body !== null ? request.body : {};
        const message = context.messages.create({
          channelId,
          guildId,
          author: context.bot,
          type: MessageType.Default,
          body,
        });
        return json(200, message);
      },
    },
    {
      method: 'GET',
      pattern: /^\/channels\/(\d+)\/messages\/(\d+)$/,
      auth: 'bot',
      handle: (request) => {
        const message = context.messages.get(param(request, 1));
        return message === undefined || message.channel_id !== param(request, 0)
          ? fail(unknownMessage())
          : json(200, message);
      },
    },
  ];
}
