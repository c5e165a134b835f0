import type { APIInteractionResponse } from 'discord-api-types/v10';
import { escapeHtml } from './escape-html.js';
import { AVATAR_SVG } from './steps-badge.js';
import { responseToHtml } from './render-message.js';

export const BOT_NAME = 'Rocky montage bot';

/**
 * One answer as it sits in a Discord channel: who ran which command, then the bot's message.
 * `typed` may be a visitor's own text; like everything else here it is escaped.
 */
export function chatMessage(typed: string, response: APIInteractionResponse, id?: string): string {
  const anchor = id === undefined ? '' : ` id="${escapeHtml(id)}"`;
  return `<figure class="message"${anchor}><figcaption class="invocation">A member used <code>${escapeHtml(typed)}</code></figcaption><div class="message-row">${AVATAR_SVG}<div class="message-main"><p class="message-head"><span class="bot-name">${BOT_NAME}</span> <span class="bot-tag">APP</span></p>${responseToHtml(response)}</div></div></figure>`;
}
