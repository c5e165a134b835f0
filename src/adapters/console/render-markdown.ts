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

/** Escaped characters are parked in the private use area so no rule below mistakes them for marks. */
const PARK = 0xe000;
const park = (text: string) =>
  text.replace(/\\([\\*_`~|>#\-[\]()<:@.])/g, (_, char: string) =>
    String.fromCharCode(PARK + char.charCodeAt(0)),
  );
const unpark = (text: string) =>
  text.replace(/[\ue000-\ue0ff]/g, (char) => String.fromCharCode(char.charCodeAt(0) - PARK));

function inline(text: string, style: Style): string {
  const spans: string[] = [];
  // Code spans are set aside first: nothing inside them is markdown.
  const hold = (rendered: string) => `\uf8f0${String(spans.push(rendered) - 1)}\uf8f1`;
  const out = park(
    text.replace(/`([^`]+)`/g, (_, body: string) =>
      hold(style.enabled ? style.code(body) : `\`${body}\``),
    ),
  )
    .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, (_, label: string, url: string) =>
      style.enabled ? `${style.underline(label)} ${style.dim(`(${url})`)}` : `${label} (${url})`,
    )
    .replace(/<(https?:[^>\s]+)>/g, '$1')
    .replace(/\*\*(.+?)\*\*/g, (_, body: string) => style.bold(body))
    .replace(/__(.+?)__/g, (_, body: string) => style.underline(body))
    .replace(/(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/g, (_, body: string) => style.italic(body))
    .replace(/(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])/g, (_, body: string) => style.italic(body))
    .replace(/~~(.+?)~~/g, (_, body: string) => style.strike(body))
    .replace(/\|\|(.+?)\|\|/g, (_, body: string) =>
      style.enabled ? style.inverse(body) : `[spoiler: ${body}]`,
    );
  return unpark(
    out.replace(/\uf8f0(\d+)\uf8f1/g, (_, index: string) => spans[Number(index)] ?? ''),
  );
}
