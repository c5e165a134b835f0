import {
  ButtonStyle,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  type APIApplicationCommandInteractionDataBasicOption,
  type APIButtonComponent,
  type APIEmbed,
  type APIInteractionResponse,
  type APIStringSelectComponent,
} from 'discord-api-types/v10';
import { definition, OPTIONS } from '../../../commands/montage/definition.js';
import type { InteractionHandler } from '../../core/handle-interaction.js';
import { buttonLabel, DEFAULT_BAR, hexColour } from '../../render/message-parts.js';
import { chatInputInteraction } from '../console/interaction-factory.js';
import { inlineMarkdownToHtml, markdownToHtml } from './discord-markdown.js';
import { BOT_NAME, escapeHtml } from './page-layout.js';

/** The Art Museum steps on a red badge: the bot's avatar on the previews and the tab icon. */
const BADGE =
  '<circle cx="20" cy="20" r="20" fill="#b3261e"/><path d="M8 30h6v-5h6v-5h6v-5h6v15z" fill="#fff"/>';

export const FAVICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40">${BADGE}</svg>\n`;

/** The command's own options, so the try box takes as much text as Discord's client does. */
const [RANK, FILM] = OPTIONS;
export { FILM };

/** The ranking overview first, then every rank Discord's menu offers from #1, each anchored. */
export function previewMessages(answer: InteractionHandler): string[] {
  const ranks = RANK.choices.map((choice) => choice.value).sort((a, b) => a - b);
  return [
    chatMessage(answer, [], 'ranking'),
    ...ranks.map((value) =>
      chatMessage(answer, [{ name: RANK.name, type: RANK.type, value }], `rank-${String(value)}`),
    ),
  ];
}

export const filmMessage = (answer: InteractionHandler, film: string) =>
  chatMessage(answer, [{ name: FILM.name, type: FILM.type, value: film }]);

/**
 * A member's command and the bot's reply as Discord draws it. The typed text may be a visitor's
 * own, escaped like everything here; controls are drawn, not wired.
 */
function chatMessage(
  answer: InteractionHandler,
  options: APIApplicationCommandInteractionDataBasicOption[],
  id?: string,
): string {
  const name = definition.name;
  const typed = [`/${name}`, ...options.map((option) => `${option.name}:${String(option.value)}`)];
  // Built as the console builds them, so the pages see exactly what a local run would.
  const response = answer(chatInputInteraction(name, options));
  const anchor = id === undefined ? '' : ` id="${id}"`;
  // The avatar is drawn inline, so the page fetches no image for it.
  return `<figure class="message"${anchor}><figcaption class="invocation">A member used <code>${escapeHtml(typed.join(' '))}</code></figcaption><div class="message-row"><svg class="avatar" aria-hidden="true" focusable="false" viewBox="0 0 40 40">${BADGE}</svg><div class="message-main"><p class="message-head"><span class="bot-name">${BOT_NAME}</span> <span class="bot-tag">APP</span></p>${messageToHtml(response)}</div></div></figure>`;
}

function messageToHtml(response: APIInteractionResponse): string {
  if (response.type !== InteractionResponseType.ChannelMessageWithSource) {
    return `<p class="system">The bot answered with a response of type ${String(response.type)}, which has no message to show.</p>`;
  }
  const { content, embeds = [], components = [], flags = 0 } = response.data;
  const parts = content ? [`<div class="content">${markdownToHtml(content)}</div>`] : [];
  parts.push(...embeds.map(embedToHtml));
  for (const row of components) {
    if (row.type !== ComponentType.ActionRow) continue;
    const controls = row.components.map((control) =>
      control.type === ComponentType.Button
        ? buttonToHtml(control)
        : control.type === ComponentType.StringSelect
          ? selectToHtml(control)
          : '',
    );
    parts.push(`<div class="action-row">${controls.join('')}</div>`);
  }
  if ((flags & MessageFlags.Ephemeral) !== 0) {
    parts.push('<p class="ephemeral">Only you can see this</p>');
  }
  return parts.join('');
}

/** Draws what the bot's embeds hold: title, description, full-width fields and footer. */
function embedToHtml(embed: APIEmbed): string {
  const colour = hexColour(embed.color ?? DEFAULT_BAR);
  const parts: string[] = [];
  if (embed.title) parts.push(`<h3 class="embed-title">${inlineMarkdownToHtml(embed.title)}</h3>`);
  if (embed.description) {
    parts.push(`<div class="description">${markdownToHtml(embed.description)}</div>`);
  }
  const fields = (embed.fields ?? []).map(
    (field) =>
      `<div class="field"><h4>${inlineMarkdownToHtml(field.name)}</h4>${markdownToHtml(field.value)}</div>`,
  );
  if (fields.length > 0) parts.push(`<div class="fields">${fields.join('')}</div>`);
  if (embed.footer?.text) parts.push(`<p class="footer">${escapeHtml(embed.footer.text)}</p>`);
  // The bar is an SVG fill, not a style attribute, so the strict style-src needs no exception.
  return `<article class="embed" data-colour="${colour}"><svg class="bar" aria-hidden="true" focusable="false" preserveAspectRatio="none" viewBox="0 0 1 1"><rect width="1" height="1" fill="${colour}"/></svg><div class="embed-body">${parts.join('')}</div></article>`;
}

function buttonToHtml(button: APIButtonComponent): string {
  const text = escapeHtml(buttonLabel(button));
  const classes = `button ${ButtonStyle[button.style].toLowerCase()}${button.disabled === true ? ' off' : ''}`;
  if (button.style === ButtonStyle.Link && button.url.startsWith('https://')) {
    return `<a class="${classes}" href="${escapeHtml(button.url)}" rel="noopener noreferrer">${text}</a>`;
  }
  // Disabled on the page whatever Discord shows: only the bot's real message can be pressed.
  return `<button type="button" class="${classes}" disabled>${text}</button>`;
}

/** A closed menu that opens without script, listing what Discord's menu would offer. */
function selectToHtml(menu: APIStringSelectComponent): string {
  const options = menu.options.map(
    (option) =>
      `<li><span class="option-label">${escapeHtml(option.label)}</span>${option.description ? `<span class="option-description">${escapeHtml(option.description)}</span>` : ''}</li>`,
  );
  return `<details class="select"><summary>${escapeHtml(menu.placeholder ?? 'Make a selection')}</summary><ul>${options.join('')}</ul></details>`;
}
