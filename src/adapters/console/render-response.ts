import {
  ButtonStyle,
  ComponentType,
  InteractionResponseType,
  MessageFlags,
  type APIButtonComponent,
  type APIEmbed,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
  type APIMessageTopLevelComponent,
} from 'discord-api-types/v10';
import { colourName, DEFAULT_BAR, hexColour } from './colour-names.js';
import { buttonLabel, messageControls } from './message-controls.js';
import { renderMarkdown } from './render-markdown.js';
import { terminalStyle, visibleWidth, wrapAll, type Style } from './terminal-style.js';

export interface RenderOptions {
  /** ANSI colour and styles; off for pipes and files. */
  readonly colour: boolean;
  /** Columns to wrap at; omit to leave long lines to whatever reads the output. */
  readonly width?: number | undefined;
  readonly roundTripMs?: number | undefined;
  /** An update (type 7) keeps the edited message's visibility, which the response doesn't repeat. */
  readonly updatesEphemeral?: boolean;
}

/** Discord's own button colours, so Primary still looks primary. */
const BUTTON_COLOURS: Readonly<Partial<Record<ButtonStyle, number>>> = {
  [ButtonStyle.Primary]: 0x5865f2,
  [ButtonStyle.Secondary]: 0x4e5058,
  [ButtonStyle.Success]: 0x248046,
  [ButtonStyle.Danger]: 0xda373c,
};

/** The answer as a member would read it in Discord, as lines of terminal text. */
export function renderResponse(response: APIInteractionResponse, options: RenderOptions): string {
  const style = terminalStyle(options.colour);
  const lines = responseLines(response, style, options.width ?? 0);
  if (
    response.type === InteractionResponseType.UpdateMessage &&
    options.updatesEphemeral === true
  ) {
    lines.push(style.dim('👁 Only you can see this'));
  }
  if (options.roundTripMs !== undefined) {
    lines.push(style.dim(`⏱ ${Math.round(options.roundTripMs)} ms round trip`));
  }
  return lines.join('\n');
}

function responseLines(response: APIInteractionResponse, style: Style, width: number): string[] {
  switch (response.type) {
    case InteractionResponseType.ChannelMessageWithSource:
      return messageLines(response.data, style, width);
    case InteractionResponseType.UpdateMessage:
      return [
        style.dim('↻ The message was updated:'),
        ...messageLines(response.data ?? {}, style, width),
      ];
    case InteractionResponseType.ApplicationCommandAutocompleteResult:
      return ['Suggestions:', ...(response.data.choices ?? []).map((choice) => `  ${choice.name}`)];
    default:
      // The core sends only the kinds above; anything else is shown raw rather than dressed up.
      return [`(A response of type ${response.type}: ${JSON.stringify(response)})`];
  }
}

function messageLines(
  data: APIInteractionResponseCallbackData,
  style: Style,
  width: number,
): string[] {
  const lines: string[] = [];
  if (data.content) lines.push(...wrapAll(renderMarkdown(data.content, style), width));
  for (const embed of data.embeds ?? []) {
    if (lines.length > 0) lines.push('');
    lines.push(...embedLines(embed, style, width));
  }
  const controls = componentLines(data.components, style, width);
  if (controls.length > 0) lines.push('', ...controls);
  if (lines.length === 0) lines.push(style.dim('(an empty message)'));
  if (((data.flags ?? 0) & MessageFlags.Ephemeral) !== 0) {
    lines.push(style.dim('👁 Only you can see this'));
  }
  return lines;
}

function embedLines(embed: APIEmbed, style: Style, width: number): string[] {
  const body: string[] = [];
  const blank = () => {
    if (body.length > 0 && body.at(-1) !== '') body.push('');
  };
  // Only what the bot's embeds use: title, colour, description, fields, footer.
  if (embed.title) body.push(style.bold(renderMarkdown(embed.title, style).join(' ')));
  if (embed.color !== undefined) {
    const swatch = style.enabled ? `${style.foreground('■', embed.color)} ` : '';
    body.push(style.dim(`${swatch}${colourName(embed.color)} · ${hexColour(embed.color)}`));
  }
  if (embed.description) {
    blank();
    body.push(...renderMarkdown(embed.description, style));
  }
  for (const field of embed.fields ?? []) {
    blank();
    body.push(style.bold(renderMarkdown(field.name, style).join(' ')));
    body.push(...renderMarkdown(field.value, style));
  }
  if (embed.footer?.text) {
    blank();
    body.push(...embed.footer.text.split('\n').map((line) => style.dim(line)));
  }

  // The bar is what makes an embed an embed; in plain text it also keeps the embed apart.
  const bar = style.enabled ? `${style.foreground('▌', embed.color ?? DEFAULT_BAR)} ` : '│ ';
  return wrapAll(body, width - 2).map((line) => (line === '' ? bar.trimEnd() : `${bar}${line}`));
}

function componentLines(
  components: readonly APIMessageTopLevelComponent[] | undefined,
  style: Style,
  width: number,
): string[] {
  const { buttons, menus } = messageControls(components);
  const lines: string[] = [];
  const drawn = buttons.map((button, index) => buttonText(index + 1, button, style));
  const oneRow = drawn.join('   ');
  if (drawn.length > 0) {
    lines.push(...(width > 0 && visibleWidth(oneRow) > width ? drawn : [oneRow]));
  }
  for (const menu of menus) {
    const disabled = menu.disabled === true ? ' (disabled)' : '';
    lines.push(`${style.bold(`▾ ${menu.placeholder ?? 'Choose…'}`)}${style.dim(disabled)}`);
    for (const option of menu.options) {
      const description = option.description ? style.dim(` — ${option.description}`) : '';
      lines.push(`  ${style.dim(`[${option.value}]`)} ${option.label}${description}`);
    }
  }
  const other = (components ?? []).filter((row) => row.type !== ComponentType.ActionRow).length;
  if (other > 0) lines.push(style.dim(`(${other} more component(s) the console cannot draw)`));
  return lines;
}

function buttonText(number: number, button: APIButtonComponent, style: Style): string {
  // Discord marks a link button with an arrow: it opens a page instead of answering.
  const label = `${buttonLabel(button)}${button.style === ButtonStyle.Link ? ' ↗' : ''}`;
  if (!style.enabled) {
    return `[${number}] ${label}${button.disabled === true ? ' (disabled)' : ''}`;
  }
  const colour = BUTTON_COLOURS[button.style] ?? BUTTON_COLOURS[ButtonStyle.Secondary] ?? 0;
  const face = style.background(` ${label} `, colour);
  return `${style.dim(String(number))} ${button.disabled === true ? style.dim(style.strike(face)) : face}`;
}
