import { inlineMarkdown } from './inline-markdown.js';
import type { Style } from './terminal-style.js';

/**
 * Discord's message markdown, drawn for a terminal: headings, `-# ` subtext, `> ` quotes, lists,
 * code blocks and the inline marks. Without colour the marks are dropped rather than shown raw,
 * except backticks, which still tell the member what to type.
 */
export function renderMarkdown(text: string, style: Style): string[] {
  const lines: string[] = [];
  let inCodeBlock = false;
  let quotingRest = false;
  for (const raw of text.split('\n')) {
    if (raw.trimStart().startsWith('```')) {
      inCodeBlock = !inCodeBlock;
      continue;
    }
    if (inCodeBlock) {
      lines.push(`  ${style.code(raw)}`);
      continue;
    }
    let line = raw;
    let quoted = quotingRest;
    if (line.startsWith('>>> ')) {
      quotingRest = true;
      quoted = true;
      line = line.slice(4);
    } else if (line.startsWith('> ')) {
      quoted = true;
      line = line.slice(2);
    }
    const rendered = renderBlock(line, style);
    lines.push(quoted ? `${style.dim('┆')} ${style.italic(rendered)}` : rendered);
  }
  return lines;
}

function renderBlock(line: string, style: Style): string {
  const subtext = /^-# (.*)$/.exec(line);
  if (subtext)
    return style.enabled
      ? style.dim(inline(subtext[1] ?? '', style))
      : `  ${inline(subtext[1] ?? '', style)}`;
  const heading = /^(#{1,3}) (.*)$/.exec(line);
  if (heading) return style.bold(inline(heading[2] ?? '', style));
  const bullet = /^(\s*)[-*] (.*)$/.exec(line);
  if (bullet) return `${bullet[1] ?? ''}• ${inline(bullet[2] ?? '', style)}`;
  return inline(line, style);
}

function inline(text: string, style: Style): string {
  return inlineMarkdown(text, {
    text: (plain) => plain,
    // Without colour the backticks stay: they still tell the member what to type.
    code: (body) => (style.enabled ? style.code(body) : `\`${body}\``),
    link: (label, url) =>
      style.enabled ? `${style.underline(label)} ${style.dim(`(${url})`)}` : `${label} (${url})`,
    bold: style.bold,
    underline: style.underline,
    italic: style.italic,
    strike: style.strike,
    spoiler: (body) => (style.enabled ? style.inverse(body) : `[spoiler: ${body}]`),
  });
}
