import {
  ButtonStyle,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  type APIActionRowComponent,
  type APIButtonComponent,
  type APIComponentInMessageActionRow,
  type APIEmbed,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type APIStringSelectComponent,
} from 'discord-api-types/v10';
import { DEFAULT_BAR, hexColour } from '../console/colour-names.js';
import { buttonLabel } from '../console/message-controls.js';
import { escapeHtml } from './escape-html.js';
import { inlineMarkdownToHtml, markdownToHtml } from './discord-markdown.js';

const BUTTON_CLASSES: Readonly<Partial<Record<ButtonStyle, string>>> = {
  [ButtonStyle.Primary]: 'primary',
  [ButtonStyle.Secondary]: 'secondary',
  [ButtonStyle.Success]: 'success',
  [ButtonStyle.Danger]: 'danger',
  [ButtonStyle.Link]: 'link',
};

/**
 * An interaction response as HTML that looks like the message Discord would draw. Controls are
 * drawn, not wired: a page visitor cannot press the bot's buttons.
 */
export function responseToHtml(response: APIInteractionResponse): string {
  switch (response.type) {
    case InteractionResponseType.ChannelMessageWithSource:
      return messageToHtml(response.data);
    case InteractionResponseType.UpdateMessage:
      return messageToHtml(response.data ?? {});
    default:
      return `<p class="system">The bot answered with a response of type ${String(response.type)}, which has no message to show.</p>`;
  }
}

function messageToHtml(data: APIInteractionResponseCallbackData): string {
  const parts: string[] = [];
  if (data.content) parts.push(`<div class="content">${markdownToHtml(data.content)}</div>`);
  for (const embed of data.embeds ?? []) parts.push(embedToHtml(embed));
  for (const row of data.components ?? []) {
    if (row.type === ComponentType.ActionRow) parts.push(actionRowToHtml(row));
  }
  if (((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0) {
    parts.push('<p class="ephemeral">Only you can see this</p>');
  }
  return parts.join('');
}

function embedToHtml(embed: APIEmbed): string {
  const colour = hexColour(embed.color ?? DEFAULT_BAR);
  const parts: string[] = [];
  if (embed.author?.name) parts.push(`<p class="author">${escapeHtml(embed.author.name)}</p>`);
  if (embed.title) {
    const title = inlineMarkdownToHtml(embed.title);
    const linked = embed.url?.startsWith('https://')
      ? `<a href="${escapeHtml(embed.url)}" rel="noopener noreferrer">${title}</a>`
      : title;
    parts.push(`<h3 class="embed-title">${linked}</h3>`);
  }
  if (embed.description) {
    parts.push(`<div class="description">${markdownToHtml(embed.description)}</div>`);
  }
  const fields = (embed.fields ?? []).map(
    (field) =>
      `<div class="field${field.inline === true ? ' inline' : ''}"><h4>${inlineMarkdownToHtml(field.name)}</h4>${markdownToHtml(field.value)}</div>`,
  );
  if (fields.length > 0) parts.push(`<div class="fields">${fields.join('')}</div>`);
  const footer = [embed.footer?.text, embed.timestamp].filter(Boolean).join(' · ');
  if (footer) parts.push(`<p class="footer">${escapeHtml(footer)}</p>`);
  // The bar is an SVG fill, not a style attribute, so the strict style-src needs no exception.
  return `<article class="embed" data-colour="${colour}"><svg class="bar" aria-hidden="true" focusable="false" preserveAspectRatio="none" viewBox="0 0 1 1"><rect width="1" height="1" fill="${colour}"/></svg><div class="embed-body">${parts.join('')}</div></article>`;
}

function actionRowToHtml(row: APIActionRowComponent<APIComponentInMessageActionRow>): string {
  const controls = row.components.map((component) => {
    if (component.type === ComponentType.Button) return buttonToHtml(component);
    if (component.type === ComponentType.StringSelect) return selectToHtml(component);
    return '';
  });
  return `<div class="action-row">${controls.join('')}</div>`;
}

function buttonToHtml(button: APIButtonComponent): string {
  const text = escapeHtml(buttonLabel(button));
  const kind = BUTTON_CLASSES[button.style] ?? 'secondary';
  const off = button.disabled === true ? ' off' : '';
  if (button.style === ButtonStyle.Link && button.url.startsWith('https://')) {
    return `<a class="button ${kind}${off}" href="${escapeHtml(button.url)}" rel="noopener noreferrer">${text}</a>`;
  }
  // Disabled on the page whatever Discord shows: only the bot's real message can be pressed.
  return `<button type="button" class="button ${kind}${off}" disabled>${text}</button>`;
}

/** A closed menu that opens without script, listing what Discord's menu would offer. */
function selectToHtml(menu: APIStringSelectComponent): string {
  const options = menu.options.map(
    (option) =>
      `<li><span class="option-label">${escapeHtml(option.label)}</span>${option.description ? `<span class="option-description">${escapeHtml(option.description)}</span>` : ''}</li>`,
  );
  return `<details class="select"><summary>${escapeHtml(menu.placeholder ?? 'Make a selection')}</summary><ul>${options.join('')}</ul></details>`;
}
