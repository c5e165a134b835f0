import { escapeHtml } from './escape-html.js';

/**
 * The part of Discord's message markdown the bot's answers use, as HTML: **bold**, *italics*,
 * __underline__, ~~strike~~, `code`, masked links, `-# ` subtext, `#` headings, `> ` and `>>> `
 * quotes, `- ` lists and code blocks. Every piece of text is escaped before a tag is added, so
 * whatever reaches the markdown (including a member's echoed query) can only ever be text.
 */
export function markdownToHtml(text: string): string {
  return blocks(text.split('\n'));
}

/** Inline markdown only, for one-line places such as titles and field names. */
export function inlineMarkdownToHtml(text: string): string {
  return inline(text.replace(/\n/g, ' '));
}

function blocks(lines: readonly string[]): string {
  const out: string[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length > 0) out.push(`<p>${paragraph.join('<br>')}</p>`);
    paragraph = [];
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i] ?? '';
    if (line.trimStart().startsWith('```')) {
      flush();
      const end = lines.findIndex((next, j) => j > i && next.trimStart().startsWith('```'));
      const last = end === -1 ? lines.length : end;
      out.push(`<pre><code>${escapeHtml(lines.slice(i + 1, last).join('\n'))}</code></pre>`);
      i = last;
    } else if (line.startsWith('>>> ')) {
      flush();
      out.push(`<blockquote>${blocks([line.slice(4), ...lines.slice(i + 1)])}</blockquote>`);
      break;
    } else if (/^> ?/.test(line) && line !== '>') {
      flush();
      const quoted: string[] = [];
      while (i < lines.length && /^> ?/.test(lines[i] ?? '')) {
        quoted.push((lines[i] ?? '').replace(/^> ?/, ''));
        i += 1;
      }
      i -= 1;
      out.push(`<blockquote>${blocks(quoted)}</blockquote>`);
    } else if (/^\s*[-*] /.test(line)) {
      flush();
      const items: string[] = [];
      while (i < lines.length && /^\s*[-*] /.test(lines[i] ?? '')) {
        items.push(`<li>${inline((lines[i] ?? '').replace(/^\s*[-*] /, ''))}</li>`);
        i += 1;
      }
      i -= 1;
      out.push(`<ul>${items.join('')}</ul>`);
    } else if (line.startsWith('-# ')) {
      flush();
      out.push(`<p class="subtext">${inline(line.slice(3))}</p>`);
    } else if (/^#{1,3} /.test(line)) {
      flush();
      const level = line.indexOf(' ');
      out.push(`<p class="heading h${String(level)}">${inline(line.slice(level + 1))}</p>`);
    } else {
      paragraph.push(inline(line));
    }
  }
  flush();
  return out.join('');
}

/** Escaped characters are parked in the private use area so no rule below mistakes them for marks. */
const PARK = 0xe000;
const park = (text: string) =>
  text.replace(/\\([\\*_`~|>#\-[\]()<:@.])/g, (_, char: string) =>
    String.fromCharCode(PARK + char.charCodeAt(0)),
  );
/** Parked characters come back escaped: `\<` in the markdown is a literal `<` on the page. */
const unpark = (html: string) =>
  html.replace(/[\ue000-\ue0ff]/g, (char) =>
    escapeHtml(String.fromCharCode(char.charCodeAt(0) - PARK)),
  );

function inline(text: string): string {
  const spans: string[] = [];
  // Code spans are set aside first: nothing inside them is markdown.
  const hold = (html: string) => `\uf8f0${String(spans.push(html) - 1)}\uf8f1`;
  const marked = escapeHtml(
    park(text).replace(/`([^`]+)`/g, (_, body: string) =>
      hold(`<code>${unpark(escapeHtml(body))}</code>`),
    ),
  )
    .replace(
      /\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g,
      (_, label: string, url: string) => `<a href="${url}" rel="noopener noreferrer">${label}</a>`,
    )
    .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
    .replace(/__(.+?)__/g, '<u>$1</u>')
    .replace(/(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])/g, '<em>$1</em>')
    .replace(/(?<![\w_])_(?!\s)(.+?)(?<!\s)_(?![\w_])/g, '<em>$1</em>')
    .replace(/~~(.+?)~~/g, '<s>$1</s>')
    .replace(/\|\|(.+?)\|\|/g, '<span class="spoiler">$1</span>');
  return unpark(marked).replace(
    /\uf8f0(\d+)\uf8f1/g,
    (_, index: string) => spans[Number(index)] ?? '',
  );
}
