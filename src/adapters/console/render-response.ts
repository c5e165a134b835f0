import { stripVTControlCharacters } from 'node:util';
import {
  ButtonStyle,
  InteractionResponseType,
  MessageFlags,
  type APIButtonComponent,
  type APIEmbed,
  type APIInteractionResponse,
  type APIInteractionResponseCallbackData,
} from 'discord-api-types/v10';
import { RANK_COLOURS } from '../../../commands/montage/rank-colours.js';
import { inlineMarkdown } from '../../render/inline-markdown.js';
import {
  buttonLabel,
  DEFAULT_BAR,
  hexColour,
  messageControls,
  type MessageControls,
} from '../../render/message-parts.js';

interface RenderOptions {
  /** ANSI colour and styles; off for pipes and files. */
  readonly colour: boolean;
  /** Columns to wrap at; omit to leave long lines to whatever reads the output. */
  readonly width?: number | undefined;
  readonly roundTripMs?: number | undefined;
  /** An update (type 7) keeps the edited message's visibility, which the response doesn't repeat. */
  readonly editedFlags?: MessageFlags | undefined;
  readonly pressed?: string | undefined;
}

/** Discord's own blurple, so a Primary button still looks primary; the rest are its grey. */
const PRIMARY_BUTTON = 0x5865f2;

/** The answer as a member would read it in Discord; plain text (a refusal) reads as content. */
export function renderResponse(response: APIInteractionResponse | string, options: RenderOptions) {
  const style = terminalStyle(options.colour);
  const width = options.width ?? 0;
  let lines: string[];
  if (typeof response === 'string') {
    lines = messageLines({ content: response }, style, width);
  } else if (response.type === InteractionResponseType.ChannelMessageWithSource) {
    lines = messageLines(response.data, style, width);
  } else if (response.type === InteractionResponseType.UpdateMessage) {
    lines = messageLines({ ...response.data, flags: options.editedFlags }, style, width);
    lines.unshift(style.dim('↻ The message was updated:'));
  } else {
    // Lines never ask for suggestions, and the core sends only the kinds above: shown raw.
    lines = [`(A response of type ${response.type}: ${JSON.stringify(response)})`];
  }
  if (options.roundTripMs !== undefined) {
    lines.push(style.dim(`⏱ ${Math.round(options.roundTripMs)} ms round trip`));
  }
  if (options.pressed) lines.unshift(style.dim(`▸ ${options.pressed}`));
  return lines.join('\n');
}

function messageLines(data: APIInteractionResponseCallbackData, style: Style, width: number) {
  const lines: string[] = [];
  if (data.content) lines.push(...wrap(renderMarkdown(data.content, style), width));
  for (const embed of data.embeds ?? []) {
    if (lines.length > 0) lines.push('');
    lines.push(...embedLines(embed, style, width));
  }
  const controls = componentLines(messageControls(data.components), style, width);
  if (controls.length > 0) lines.push('', ...controls);
  if ((data.flags ?? 0) & MessageFlags.Ephemeral) lines.push(style.dim('👁 Only you can see this'));
  return lines;
}

function embedLines(embed: APIEmbed, style: Style, width: number): string[] {
  const body: string[] = [];
  const section = (lines: string[]) => {
    if (body.length > 0 && body.at(-1) !== '') body.push('');
    body.push(...lines);
  };
  // Only what the bot's embeds use: title, colour, description, fields, footer.
  if (embed.title) body.push(style.bold(renderMarkdown(embed.title, style).join(' ')));
  if (embed.color !== undefined) {
    const swatch = style.enabled ? `${style.foreground('■', embed.color)} ` : '';
    // The rank colour's name, so a plain terminal (or a screen reader) still says what the bar shows.
    const name = Object.entries(RANK_COLOURS).find(([, colour]) => colour === embed.color)?.[0];
    const hex = hexColour(embed.color);
    body.push(style.dim(`${swatch}${name === undefined ? hex : `${name} · ${hex}`}`));
  }
  if (embed.description) section(renderMarkdown(embed.description, style));
  for (const field of embed.fields ?? []) {
    const name = style.bold(renderMarkdown(field.name, style).join(' '));
    section([name, ...renderMarkdown(field.value, style)]);
  }
  if (embed.footer?.text) section(embed.footer.text.split('\n').map((line) => style.dim(line)));

  // The bar is what makes an embed an embed; in plain text it also keeps the embed apart.
  const bar = style.enabled ? `${style.foreground('▌', embed.color ?? DEFAULT_BAR)} ` : '│ ';
  return wrap(body, width - 2).map((line) => (line === '' ? bar.trimEnd() : `${bar}${line}`));
}

function componentLines({ buttons, menus }: MessageControls, style: Style, width: number) {
  const drawn = buttons.map((button, index) => buttonText(index + 1, button, style));
  const row = drawn.join('   ');
  const tooWide = width > 0 && visibleWidth(row) > width;
  const lines = tooWide || drawn.length === 0 ? drawn : [row];
  for (const menu of menus) {
    lines.push(style.bold(`▾ ${menu.placeholder ?? 'Choose…'}`));
    for (const option of menu.options) {
      const description = option.description ? style.dim(` — ${option.description}`) : '';
      lines.push(`  ${style.dim(`[${option.value}]`)} ${option.label}${description}`);
    }
  }
  return lines;
}

function buttonText(number: number, button: APIButtonComponent, style: Style): string {
  // Discord marks a link button with an arrow: it opens a page instead of answering.
  const label = `${buttonLabel(button)}${button.style === ButtonStyle.Link ? ' ↗' : ''}`;
  if (!style.enabled) return `[${number}] ${label}${button.disabled === true ? ' (disabled)' : ''}`;
  const colour = button.style === ButtonStyle.Primary ? PRIMARY_BUTTON : DEFAULT_BAR;
  const face = style.background(` ${label} `, colour);
  return `${style.dim(String(number))} ${button.disabled === true ? style.dim(style.strike(face)) : face}`;
}

/** The block marks our replies use (`-# ` subtext, `> ` quote, `- ` list), then the inline ones. */
function renderMarkdown(text: string, style: Style): string[] {
  const inline = (source: string) =>
    inlineMarkdown(source, {
      text: (plain) => plain,
      // Without colour the other marks are dropped, but backticks still tell the member what to type.
      code: (body) => (style.enabled ? style.code(body) : `\`${body}\``),
      link: (label, url) =>
        style.enabled ? `${style.underline(label)} ${style.dim(`(${url})`)}` : `${label} (${url})`,
      bold: style.bold,
      underline: style.underline,
      italic: style.italic,
      strike: style.strike,
    });
  const block = (line: string) => {
    const subtext = /^-# (.*)$/.exec(line)?.[1];
    if (subtext !== undefined)
      return style.enabled ? style.dim(inline(subtext)) : `  ${inline(subtext)}`;
    const bullet = /^- (.*)$/.exec(line)?.[1];
    return bullet === undefined ? inline(line) : `• ${inline(bullet)}`;
  };
  return text
    .split('\n')
    .map((line) =>
      line.startsWith('> ')
        ? `${style.dim('┆')} ${style.italic(block(line.slice(2)))}`
        : block(line),
    );
}

const channels = (rgb: number) => `${(rgb >> 16) & 0xff};${(rgb >> 8) & 0xff};${rgb & 0xff}`;

// Raw SGR codes: util.styleText decides colour from process.stdout itself, not per call as we must.
function terminalStyle(enabled: boolean) {
  const sgr = (on: string, off: string) => (text: string) =>
    enabled ? `\x1b[${on}m${text}\x1b[${off}m` : text;
  return {
    enabled,
    bold: sgr('1', '22'),
    dim: sgr('2', '22'),
    italic: sgr('3', '23'),
    underline: sgr('4', '24'),
    strike: sgr('9', '29'),
    code: sgr('36', '39'),
    foreground: (text: string, rgb: number) => sgr(`38;2;${channels(rgb)}`, '39')(text),
    background: (text: string, rgb: number) =>
      enabled ? `\x1b[48;2;${channels(rgb)}m\x1b[97m${text}\x1b[39m\x1b[49m` : text,
  };
}

type Style = ReturnType<typeof terminalStyle>;

const WIDE =
  /[\p{Extended_Pictographic}\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u;
const ZERO_WIDTH = /^(?:[\u200b-\u200f]|\p{M})$/u;
const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Columns a string takes on screen: escape codes take none, emoji and CJK take two. */
function visibleWidth(text: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(stripVTControlCharacters(text))) {
    if (ZERO_WIDTH.test(segment)) continue;
    width += WIDE.test(segment) ? 2 : 1;
  }
  return width;
}

/** A word longer than the width gets a line of its own; width 0 leaves wrapping to the reader. */
function wrap(lines: readonly string[], width: number): string[] {
  return lines.flatMap((text) => {
    if (width <= 0 || visibleWidth(text) <= width) return [text];
    const wrapped: string[] = [];
    let current = '';
    for (const word of text.split(' ')) {
      const candidate = current === '' ? word : `${current} ${word}`;
      if (current !== '' && visibleWidth(candidate) > width) {
        wrapped.push(current);
        current = word;
      } else {
        current = candidate;
      }
    }
    wrapped.push(current);
    return wrapped;
  });
}
